// What an API key may do, decided from the key and its owner as they stand now. Pure, so the rules are unit-tested.
// A key never outranks its owner: it acts with its own role only while the owner still holds that role (or is an
// admin), and stops at once when the owner is disabled or demoted below it, when it expires or is revoked.
import type { Role } from "./roles";

export const API_KEY_DEFAULT_DAYS = 90;
export const API_KEY_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * Roles are not a ladder: analyst, compliance officer and executive each do different things, and only an admin
 * may do all of them. So a role is "at most" the owner's when it is the owner's own role or the owner is an admin.
 */
export function roleWithin(ownerRole: Role, keyRole: Role): boolean {
  return ownerRole === "admin" || ownerRole === keyRole;
}

/** The expiry of a key made `now` valid for `days` days (1 to 365, default 90). */
export function apiKeyExpiry(now: Date, days: number = API_KEY_DEFAULT_DAYS): Date {
  if (!Number.isInteger(days) || days < 1 || days > API_KEY_MAX_DAYS)
    throw new RangeError(`An API key is valid for 1 to ${API_KEY_MAX_DAYS} days (got ${days}).`);
  return new Date(now.getTime() + days * DAY_MS);
}

/** Keys made before keys expired have no expiry stored: they expire the default period after they were made. */
export function effectiveExpiry(key: { createdAt: Date; expiresAt: Date | null }): Date {
  return key.expiresAt ?? new Date(key.createdAt.getTime() + API_KEY_DEFAULT_DAYS * DAY_MS);
}

export type KeyForPolicy = { role: string; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null };
export type OwnerForPolicy = { role: string; disabledAt: Date | null };
export type KeyStanding =
  | { ok: true; role: Role }
  | { ok: false; reason: "revoked" | "expired" | "owner disabled" | "owner role below key role" | "unknown role" };

export function keyStanding(
  key: KeyForPolicy,
  owner: OwnerForPolicy,
  now: Date,
  isRole: (v: unknown) => v is Role,
): KeyStanding {
  if (key.revokedAt) return { ok: false, reason: "revoked" };
  if (effectiveExpiry(key).getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (owner.disabledAt) return { ok: false, reason: "owner disabled" };
  if (!isRole(key.role) || !isRole(owner.role)) return { ok: false, reason: "unknown role" };
  if (!roleWithin(owner.role, key.role)) return { ok: false, reason: "owner role below key role" };
  return { ok: true, role: key.role };
}

/** What the admin page and the CLI show for a key's state. */
export function keyStatus(
  key: KeyForPolicy,
  owner: OwnerForPolicy,
  now: Date,
  isRole: (v: unknown) => v is Role,
): string {
  const s = keyStanding(key, owner, now, isRole);
  if (s.ok) return "active";
  return s.reason === "owner role below key role" ? "suspended: owner's role is lower" : s.reason;
}
