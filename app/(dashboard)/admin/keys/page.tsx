import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { API_KEY_DEFAULT_DAYS, API_KEY_MAX_DAYS } from "@/lib/auth/api-key-policy";
import { listApiKeys } from "@/lib/data/api-keys";
import { listUsers } from "@/lib/data/users";
import { ApiKeysAdmin } from "@/components/admin/api-keys-admin";
import { PageHeader } from "@/components/ui/page-header";
import { createKeyAction, revokeKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const day = (d: Date | null) => (d ? d.toISOString().replace("T", " ").slice(0, 16) : "never");

export default async function ApiKeysPage() {
  await requireArea("admin", "/admin/keys");
  const [keys, users] = await Promise.all([listApiKeys(), listUsers()]);
  return (
    <>
      <PageHeader title="API keys">
        Keys for the REST API and the CLI (send <code>Authorization: Bearer &lt;key&gt;</code>). A key acts with its own
        role only while its owner holds that role, and stops when the owner is disabled or demoted, when it expires or
        is revoked. Only a hash is stored: a new key is shown once. Every change is audited.
      </PageHeader>
      <ApiKeysAdmin
        keys={keys.map((k) => ({
          id: k.id,
          prefix: k.prefix,
          label: k.label,
          role: k.role,
          owner: k.ownerEmail,
          created: day(k.createdAt),
          lastUsed: day(k.lastUsedAt),
          expires: day(k.expiresAt),
          status: k.status,
          revoked: k.revokedAt !== null,
        }))}
        owners={users.filter((u) => !u.disabledAt).map((u) => ({ id: u.id, email: u.email, role: u.role }))}
        defaultDays={API_KEY_DEFAULT_DAYS}
        maxDays={API_KEY_MAX_DAYS}
        createKey={createKeyAction}
        revokeKey={revokeKeyAction}
      />
    </>
  );
}
