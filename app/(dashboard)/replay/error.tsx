"use client";
export { AreaError as default } from "@/components/ui/area-error";
