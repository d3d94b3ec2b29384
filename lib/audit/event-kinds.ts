// Security events in the audit trail, grouped into the kinds the Audit page filters by.
export const securityActions = {
  signIn: "auth.sign-in",
  signInFailed: "auth.sign-in-failed",
  signOut: "auth.sign-out",
  refused: "access.refused",
  renamed: "user.renamed",
  passwordChanged: "user.password-changed",
  keyCreated: "api-key.created",
  keyRevoked: "api-key.revoked",
  userCreated: "user.created",
  roleChanged: "user.role-changed",
  userDisabled: "user.disabled",
  userEnabled: "user.enabled",
  userDeleted: "user.deleted",
  userAnonymised: "user.anonymised",
  passwordReset: "user.password-reset",
} as const;

const a = securityActions;
export const auditKinds = {
  security: { label: "All security events", actions: Object.values(a) },
  "sign-in": { label: "Sign-ins", actions: [a.signIn] },
  "sign-in-failed": { label: "Failed sign-ins", actions: [a.signInFailed] },
  "sign-out": { label: "Sign-outs", actions: [a.signOut] },
  refused: { label: "Refused access", actions: [a.refused] },
  profile: { label: "Profile changes", actions: [a.renamed, a.passwordChanged] },
  "api-keys": { label: "API keys", actions: [a.keyCreated, a.keyRevoked] },
  users: {
    label: "User administration",
    actions: [
      a.userCreated,
      a.roleChanged,
      a.userDisabled,
      a.userEnabled,
      a.userDeleted,
      a.userAnonymised,
      a.passwordReset,
    ],
  },
} as const satisfies Record<string, { label: string; actions: readonly string[] }>;
export type AuditKind = keyof typeof auditKinds;

export const isAuditKind = (v: unknown): v is AuditKind => typeof v === "string" && Object.hasOwn(auditKinds, v);

/** The actions an Audit page filter selects, or null for "every entry". */
export function actionsForKind(kind: unknown): readonly string[] | null {
  return isAuditKind(kind) ? auditKinds[kind].actions : null;
}
