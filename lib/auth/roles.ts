// Roles and what each may do. Pure: used by pages, server actions, route handlers, the nav and tests alike.
export const roles = ["analyst", "compliance", "executive", "admin"] as const;
export type Role = (typeof roles)[number];

export const isRole = (v: unknown): v is Role => typeof v === "string" && (roles as readonly string[]).includes(v);

export const roleLabels: Record<Role, string> = {
  analyst: "Analyst",
  compliance: "Compliance officer",
  executive: "Executive",
  admin: "Administrator",
};

/** Areas of the app, one per user job. */
export const areas = ["overview", "imports", "screening", "boms", "scenarios", "audit", "admin"] as const;
export type Area = (typeof areas)[number];

/** Who may open each area. Executives read screening and BOM results but change nothing there. */
export const areaAccess: Record<Area, readonly Role[]> = {
  overview: roles,
  imports: ["analyst", "admin"],
  screening: ["compliance", "admin", "analyst", "executive"],
  boms: ["compliance", "admin", "analyst", "executive"],
  scenarios: ["executive", "admin", "analyst", "compliance"],
  audit: ["compliance", "admin"],
  admin: ["admin"],
};

/** Actions that change data, and who may perform them. */
export const permissions = {
  "data:import": ["analyst", "admin"],
  "screening:run": ["compliance", "admin"],
  "screening:decide": ["compliance", "admin"],
  "boms:check": ["compliance", "admin"],
  "boms:override": ["compliance", "admin"],
  "scenarios:save": ["executive", "admin"],
  "lists:approve": ["admin"],
  "lists:update": ["admin"],
  "screening:configure": ["admin"],
  "parts:manage": ["admin"],
  "licences:manage": ["compliance", "admin"],
  "users:manage": ["admin"],
  "audit:read": ["compliance", "admin"],
  "data:read": roles,
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function canOpen(role: Role, area: Area): boolean {
  return areaAccess[area].includes(role);
}
