import { canOpen, type Area, type Role } from "./roles";

/** Navigation by user job; each role sees only the areas it may open. */
const navAreas: { area: Area; href: string; label: string }[] = [
  { area: "overview", href: "/", label: "Overview" },
  { area: "imports", href: "/imports", label: "Imports" },
  { area: "screening", href: "/screening", label: "Screening" },
  { area: "boms", href: "/boms", label: "BOM checks" },
  // beside the checks: what the checks in force would say under another rule set or list version
  { area: "boms", href: "/replay", label: "Rule replay" },
  { area: "scenarios", href: "/scenarios", label: "Scenarios" },
  { area: "audit", href: "/audit", label: "Audit" },
  { area: "admin", href: "/admin/users", label: "Users" },
  { area: "admin", href: "/admin/keys", label: "API keys" },
  { area: "admin", href: "/admin/exporter", label: "Exporter" },
];

export function navFor(role: Role): { href: string; label: string }[] {
  return navAreas.filter((n) => canOpen(role, n.area)).map(({ href, label }) => ({ href, label }));
}
