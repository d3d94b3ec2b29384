import { AreaNotFound } from "@/components/ui/area-not-found";

export default function NotFound() {
  return <AreaNotFound />;
}
