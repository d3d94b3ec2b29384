import type { Command } from "commander";
import { db, disconnectDb } from "@/lib/db";
import { isRole, roles } from "@/lib/auth/roles";
import { API_KEY_DEFAULT_DAYS, API_KEY_MAX_DAYS } from "@/lib/auth/api-key-policy";
import { listApiKeys } from "@/lib/data/api-keys";
import { AppError } from "@/lib/errors";
import { createApiKey } from "@/lib/operations/create-api-key";
import { revokeApiKey } from "@/lib/operations/revoke-api-key";
import { cliActor } from "./actor";

// Whoever runs the CLI can reach the database directly, so it acts as an operator: audited under the OS user.
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");

async function closing(fn: () => Promise<void>) {
  try {
    await fn();
  } finally {
    await disconnectDb();
  }
}

export function registerKeysCommands(program: Command): void {
  const keys = program
    .command("keys")
    .description("API keys for the REST API: create (shown once), list, revoke; every change is audited");
  keys
    .command("create")
    .description("create a key for a user; the key is printed once (only its hash is stored)")
    .requiredOption("--user <email>", "the key's owner")
    .requiredOption("--role <role>", `the key's role: the owner's own, or any for an admin owner (${roles.join(", ")})`)
    .requiredOption("--label <text>", "what the key is for, e.g. 'ERP integration'")
    .option("--days <n>", `days until it expires (1-${API_KEY_MAX_DAYS})`, String(API_KEY_DEFAULT_DAYS))
    .action((opts: { user: string; role: string; label: string; days: string }) =>
      closing(async () => {
        if (!isRole(opts.role)) throw new AppError("INVALID_INPUT", `--role must be one of ${roles.join(", ")}`);
        const days = Number(opts.days);
        if (!Number.isInteger(days))
          throw new AppError("INVALID_INPUT", `--days must be a whole number (got ${opts.days})`);
        const email = opts.user.trim().toLowerCase();
        const owner = await db().user.findUnique({ where: { email }, select: { id: true } });
        if (!owner) throw new AppError("NOT_FOUND", `no user with the email ${email}`);
        const k = await createApiKey(owner.id, opts.label, opts.role, { days, actor: cliActor });
        console.log(`created key ${k.id} (${k.prefix}…) for ${email}, role ${opts.role}, expires ${day(k.expiresAt)}`);
        console.log("the key (shown once; store it now):");
        console.log(k.key);
      }),
    );
  keys
    .command("list")
    .description("list keys: id, prefix, label, role, owner, created, last used, expires, status")
    .option("--json", "print JSON")
    .action((opts: { json?: boolean }) =>
      closing(async () => {
        const rows = await listApiKeys();
        if (opts.json) return console.log(JSON.stringify(rows, null, 2));
        if (!rows.length) return console.log("no API keys");
        console.log(["id", "prefix", "label", "role", "owner", "created", "last used", "expires", "status"].join("\t"));
        for (const r of rows)
          console.log(
            [
              r.id,
              `${r.prefix}…`,
              r.label,
              r.role,
              r.ownerEmail,
              day(r.createdAt),
              day(r.lastUsedAt),
              day(r.expiresAt),
              r.status,
            ].join("\t"),
          );
      }),
    );
  keys
    .command("revoke")
    .description("revoke a key at once (by its id, from `keys list`)")
    .argument("<id>", "the key's id")
    .action((id: string) =>
      closing(async () => {
        const r = await revokeApiKey(id, cliActor);
        console.log(`revoked ${r.prefix}… (${r.owner})`);
      }),
    );
}
