export { AreaLoading as default } from "@/components/ui/area-loading";
