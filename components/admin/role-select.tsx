import { roles, roleLabels, type Role } from "@/lib/auth/roles";

/** A `role` field offering every role by its label. */
export function RoleSelect({
  defaultValue = "analyst",
  label,
  disabled = false,
}: {
  defaultValue?: Role;
  /** for a select without a visible label of its own */
  label?: string;
  disabled?: boolean;
}) {
  return (
    <select name="role" defaultValue={defaultValue} aria-label={label} disabled={disabled}>
      {roles.map((r) => (
        <option key={r} value={r}>
          {roleLabels[r]}
        </option>
      ))}
    </select>
  );
}
