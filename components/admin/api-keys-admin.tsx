"use client";
import { useActionState } from "react";
import { roleLabels, type Role } from "@/lib/auth/roles";
import { idleResult, type FormAction } from "@/lib/actions/action-result";
import { ActionOutcome } from "./action-result";
import { RoleSelect } from "./role-select";
import { SimpleTable } from "@/components/ui/simple-table";

export type ApiKeyAdminRow = {
  id: string;
  prefix: string;
  label: string;
  role: string;
  owner: string;
  created: string;
  lastUsed: string;
  expires: string;
  status: string;
  revoked: boolean;
};
export type KeyOwner = { id: string; email: string; role: Role };

/** Stays mounted once the key is revoked, so the outcome of revoking it stays on screen. */
function RevokeForm({ row, action }: { row: ApiKeyAdminRow; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="keyId" value={row.id} />
      {row.revoked ? null : (
        <button className="button secondary" type="submit" disabled={pending} aria-label={`Revoke ${row.label}`}>
          Revoke
        </button>
      )}
      <ActionOutcome state={state} />
    </form>
  );
}

export function ApiKeysAdmin({
  keys,
  owners,
  defaultDays,
  maxDays,
  createKey,
  revokeKey,
}: {
  keys: ApiKeyAdminRow[];
  owners: KeyOwner[];
  defaultDays: number;
  maxDays: number;
  createKey: FormAction;
  revokeKey: FormAction;
}) {
  const [state, formAction, pending] = useActionState(createKey, idleResult);
  return (
    <>
      <h2>Create a key</h2>
      <form action={formAction} className="stack" aria-label="Create a key">
        <label>
          Owner
          <select name="userId" required defaultValue="">
            <option value="" disabled>
              Choose a user
            </option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.email} ({roleLabels[o.role]})
              </option>
            ))}
          </select>
        </label>
        {state.fieldErrors?.userId ? <span className="error-text">{state.fieldErrors.userId[0]}</span> : null}
        <label>
          Label
          <input name="label" required maxLength={120} placeholder="e.g. ERP integration" />
        </label>
        {state.fieldErrors?.label ? <span className="error-text">{state.fieldErrors.label[0]}</span> : null}
        <label>
          Key role
          <RoleSelect />
        </label>
        <span className="small muted">The owner&apos;s own role, or any role when the owner is an administrator.</span>
        <label>
          Valid for (days, at most {maxDays})
          <input name="days" type="number" min={1} max={maxDays} defaultValue={defaultDays} required />
        </label>
        {state.fieldErrors?.days ? <span className="error-text">{state.fieldErrors.days[0]}</span> : null}
        <button className="button" type="submit" disabled={pending}>
          Create key
        </button>
        <ActionOutcome state={state} secretLabel="New API key" />
      </form>
      <h2>Keys</h2>
      {keys.length === 0 ? (
        <p className="muted">No API keys yet.</p>
      ) : (
        <SimpleTable
          label="API keys"
          columns={[
            "Key",
            "Label",
            "Role",
            "Owner",
            "Created",
            "Last used",
            "Expires",
            "Status",
            <span key="revoke" className="visually-hidden">
              Revoke
            </span>,
          ]}
          scroll="table-wrap"
        >
          {keys.map((k) => (
            <tr key={k.id}>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.label}</td>
              <td>{k.role}</td>
              <td>{k.owner}</td>
              <td>{k.created}</td>
              <td>{k.lastUsed}</td>
              <td>{k.expires}</td>
              <td>{k.status}</td>
              <td>
                <RevokeForm row={k} action={revokeKey} />
              </td>
            </tr>
          ))}
        </SimpleTable>
      )}
    </>
  );
}
