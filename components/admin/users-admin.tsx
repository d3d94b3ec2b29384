"use client";
import { useActionState } from "react";
import { type Role } from "@/lib/auth/roles";
import { idleResult, type FormAction } from "@/lib/actions/action-result";
import { ActionOutcome } from "./action-result";
import { RoleSelect } from "./role-select";
import { SimpleTable } from "@/components/ui/simple-table";

export type UserAdminRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
};
export type UserAdminActions = {
  changeRole: FormAction;
  createUser: FormAction;
  disableUser: FormAction;
  enableUser: FormAction;
  deleteUser: FormAction;
  resetPassword: FormAction;
};

function RoleForm({ user, action, self }: { user: UserAdminRow; action: FormAction; self: boolean }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="userId" value={user.id} />
      <RoleSelect defaultValue={user.role} label={`Role of ${user.email}`} disabled={self} />
      <button className="button secondary" type="submit" disabled={pending || self}>
        Change role
      </button>
      <ActionOutcome state={state} />
    </form>
  );
}

function OneButton({ user, action, label }: { user: UserAdminRow; action: FormAction; label: string }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="userId" value={user.id} />
      <button className="button secondary" type="submit" disabled={pending} aria-label={`${label} ${user.email}`}>
        {label}
      </button>
      <ActionOutcome state={state} secretLabel={`Temporary password for ${user.email}`} />
    </form>
  );
}

function DeleteForm({ user, action }: { user: UserAdminRow; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="userId" value={user.id} />
      <input
        name="confirm"
        placeholder='type "delete"'
        aria-label={`Type delete to confirm deleting ${user.email}`}
        size={10}
        autoComplete="off"
      />
      <button className="button secondary" type="submit" disabled={pending} aria-label={`Delete ${user.email}`}>
        Delete
      </button>
      {state.fieldErrors?.confirm ? <span className="error-text">{state.fieldErrors.confirm[0]}</span> : null}
      <ActionOutcome state={state} />
    </form>
  );
}

function status(u: UserAdminRow): string {
  if (u.disabled) return "Disabled";
  return u.mustChangePassword ? "Must choose a new password" : "Active";
}

export function UsersAdmin({
  users,
  selfId,
  actions,
}: {
  users: UserAdminRow[];
  selfId: string;
  actions: UserAdminActions;
}) {
  const [state, formAction, pending] = useActionState(actions.createUser, idleResult);
  return (
    <>
      <SimpleTable label="Users" columns={["Name", "Email", "Status", "Role", "Account"]} scroll="table-wrap">
        {users.map((u) => {
          const self = u.id === selfId;
          return (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{status(u)}</td>
              <td>
                <RoleForm user={u} action={actions.changeRole} self={self} />
              </td>
              <td>
                {self ? (
                  <span className="small muted">your account</span>
                ) : (
                  <div className="stack">
                    {u.disabled ? (
                      <OneButton user={u} action={actions.enableUser} label="Enable" />
                    ) : (
                      <OneButton user={u} action={actions.disableUser} label="Disable" />
                    )}
                    <OneButton user={u} action={actions.resetPassword} label="Reset password" />
                    <DeleteForm user={u} action={actions.deleteUser} />
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </SimpleTable>
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
          <RoleSelect />
        </label>
        <label>
          Initial password
          <input name="password" type="password" minLength={10} required autoComplete="new-password" />
        </label>
        {state.fieldErrors?.password ? <span className="error-text">{state.fieldErrors.password[0]}</span> : null}
        <button className="button" type="submit" disabled={pending}>
          Add user
        </button>
        <ActionOutcome state={state} />
      </form>
    </>
  );
}
