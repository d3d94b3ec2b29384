import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { UsersAdmin } from "@/components/admin/users-admin";
import { PageHeader } from "@/components/ui/page-header";
import {
  changeRoleAction,
  createUserAction,
  deleteUserAction,
  disableUserAction,
  enableUserAction,
  resetPasswordAction,
} from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireArea("admin", "/admin/users");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users">
        Who may sign in, and with which role. Every change is audited. Changing a role, disabling an account or
        resetting its password ends the user&apos;s sessions at once; a disabled user&apos;s API keys stop working. A
        user named as the actor in audit entries is anonymised rather than deleted, since the audit trail cannot change.
      </PageHeader>
      <UsersAdmin
        users={users.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          disabled: u.disabledAt !== null,
          mustChangePassword: u.mustChangePassword,
        }))}
        selfId={me.id}
        actions={{
          changeRole: changeRoleAction,
          createUser: createUserAction,
          disableUser: disableUserAction,
          enableUser: enableUserAction,
          deleteUser: deleteUserAction,
          resetPassword: resetPasswordAction,
        }}
      />
    </>
  );
}
