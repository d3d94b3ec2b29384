// `npx chokepoint keys create|list|revoke` as users run it, against the suite's seeded database.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/data/audit";
import { suiteConfig } from "./database";
import { userForApiKey } from "@/lib/data/writes/api-key-use";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/chokepoint.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: suiteConfig().url, USER: "keys-test" },
  });

describe(`npx chokepoint keys (${suiteConfig().provider})`, () => {
  it("creates a key (printed once), lists it, revokes it; refuses a role above the owner's; all audited", async () => {
    const tooHigh = cli("keys", "create", "--user", "analyst@chokepoint.demo", "--role", "admin", "--label", "x");
    expect(tooHigh.status).toBe(1);
    expect(tooHigh.stderr).toContain(
      "A key cannot have more rights than its owner: analyst@chokepoint.demo is analyst",
    );

    const made = cli(
      "keys",
      "create",
      "--user",
      "analyst@chokepoint.demo",
      "--role",
      "analyst",
      "--label",
      "CLI test",
      "--days",
      "10",
    );
    expect(made.status, made.stderr).toBe(0);
    const lines = made.stdout.trim().split("\n");
    const key = lines.at(-1)!;
    expect(key).toMatch(/^ck_[\w-]{32}$/);
    const id = /created key (\S+) /.exec(lines[0]!)![1]!;
    expect((await userForApiKey(key))?.role).toBe("analyst");

    const listed = JSON.parse(cli("keys", "list", "--json").stdout) as {
      id: string;
      label: string;
      status: string;
      ownerEmail: string;
    }[];
    expect(listed.find((k) => k.id === id)).toMatchObject({
      label: "CLI test",
      status: "active",
      ownerEmail: "analyst@chokepoint.demo",
    });
    expect(cli("keys", "list").stdout).not.toContain(key);

    const revoked = cli("keys", "revoke", id);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(await userForApiKey(key)).toBeNull();
    expect(cli("keys", "revoke", id).stderr).toContain("already revoked");

    const audited = (await listAudit(100, { actions: ["api-key.created", "api-key.revoked"] })).filter(
      (e) => e.entityId === id,
    );
    expect(audited.map((e) => [e.action, e.actorEmail])).toEqual([
      ["api-key.revoked", "cli:keys-test"],
      ["api-key.created", "cli:keys-test"],
    ]);
  }, 400_000);
});
