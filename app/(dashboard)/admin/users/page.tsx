import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { UsersAdmin } from "@/components/tables/users-admin";
import { PageHeader } from "@/components/ui/page-header";
import { changeRoleAction, createUserAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireArea("admin", "/admin/users");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users">
        Who may sign in, and with which role. Role changes are audited and end the user&apos;s sessions.
      </PageHeader>
      <UsersAdmin
        users={users.map(({ id, name, email, role }) => ({ id, name, email, role }))}
        selfId={me.id}
        changeRole={changeRoleAction}
        createUser={createUserAction}
      />
    </>
  );
}
