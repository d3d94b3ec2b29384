"use client";
import { useActionState } from "react";
import { roles, roleLabels, type Role } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/validated-action";

type Action = (prev: ActionResult, form: FormData) => Promise<ActionResult>;
export type UserAdminRow = { id: string; name: string; email: string; role: Role };

function Result({ state }: { state: ActionResult }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={state.ok ? "small" : "alert"}>
      {state.message}
    </p>
  );
}

function RoleForm({ user, action, self }: { user: UserAdminRow; action: Action; self: boolean }) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: "" });
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="userId" value={user.id} />
      <select name="role" defaultValue={user.role} aria-label={`Role of ${user.email}`} disabled={self}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
      <button className="button secondary" type="submit" disabled={pending || self}>
        Change role
      </button>
      <Result state={state} />
    </form>
  );
}

export function UsersAdmin({
  users,
  selfId,
  changeRole,
  createUser,
}: {
  users: UserAdminRow[];
  selfId: string;
  changeRole: Action;
  createUser: Action;
}) {
  const [state, formAction, pending] = useActionState(createUser, { ok: false, message: "" });
  return (
    <>
      <div className="table-wrap">
        <table className="data" aria-label="Users">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>
                  <RoleForm user={u} action={changeRole} self={u.id === selfId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add a user</h2>
      <form action={formAction} className="stack">
        <label>
          Name
          <input name="name" required />
        </label>
        {state.fieldErrors?.name ? <span className="error-text">{state.fieldErrors.name[0]}</span> : null}
        <label>
          Email
          <input name="email" type="email" required />
        </label>
        {state.fieldErrors?.email ? <span className="error-text">{state.fieldErrors.email[0]}</span> : null}
        <label>
          Role
          <select name="role" defaultValue="analyst">
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Initial password
          <input name="password" type="password" minLength={10} required autoComplete="new-password" />
        </label>
        {state.fieldErrors?.password ? <span className="error-text">{state.fieldErrors.password[0]}</span> : null}
        <button className="button" type="submit" disabled={pending}>
          Add user
        </button>
        <Result state={state} />
      </form>
    </>
  );
}
