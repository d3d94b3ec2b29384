// Finding 2 of issue 21: sign-in is limited per account (whatever address the guesses come from) and per
// client address, and the address is the one scripts/server.mjs puts in its per-process header, never
// X-Forwarded-For as a client sent it. Here the test plays that server: it sets the header itself.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listAudit } from "@/lib/data/audit";
import { flushSecurityEvents } from "@/lib/data/writes/security-events";
import { signIn } from "./sessions";
import { suiteConfig } from "./database";
import { createUser } from "@/lib/operations/create-user";

const IP_HEADER = `x-chokepoint-client-ip-${"5e".repeat(12)}`;
process.env.CHOKEPOINT_CLIENT_IP_HEADER = IP_HEADER; // before the first auth(): Better Auth reads it once

const password = "the-right-password";
const status = async (email: string, pw: string, headers: Record<string, string>) =>
  (await signIn(email, pw, headers)).status;

describe(`sign-in limits (${suiteConfig().provider})`, () => {
  beforeAll(async () => {
    for (const who of ["target", "bystander", "ip-owner"])
      await createUser({ name: who, email: `${who}@chokepoint.test`, role: "analyst", password });
  });
  afterEach(() => {
    vi.useRealTimers();
    delete process.env.AUTH_SIGNIN_MAX_PER_MINUTE;
  });

  it("refuses an account after 10 wrong passwords from 40 forwarded addresses, the right one too, until the window passes", async () => {
    process.env.AUTH_SIGNIN_MAX_PER_MINUTE = "1000"; // only the account's limit is under test here
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-02T09:00:00Z") });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++)
      statuses.push(
        await status("target@chokepoint.test", `wrong-${i}`, {
          "x-forwarded-for": `198.51.100.${i + 1}`,
          [IP_HEADER]: "127.0.0.1", // what the server found on the socket: no proxy is trusted
        }),
      );
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(30).fill(429)]);
    // the 30 refusals are security events too, not only the 10 wrong passwords Better Auth saw: all 40 are
    // counted in the account's (coalesced) audit entries
    await flushSecurityEvents();
    const attempts = (await listAudit(500))
      .filter((e) => e.action === "auth.sign-in-failed")
      .map((e) => e.after as { account?: string; count?: number })
      .filter((a) => a.account === "target@chokepoint.test")
      .reduce((n, a) => n + (a.count ?? 1), 0);
    expect(attempts).toBe(40);
    const locked = await signIn("target@chokepoint.test", password, { "x-forwarded-for": "203.0.113.5" });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBe(900);
    vi.setSystemTime(new Date("2026-03-02T09:14:59Z"));
    expect(await status("target@chokepoint.test", password, {})).toBe(429);
    vi.setSystemTime(new Date("2026-03-02T09:15:01Z"));
    expect(await status("target@chokepoint.test", password, {})).toBe(200);
  });

  it("limits an address, and a two-value X-Forwarded-For does not put different clients in one bucket", async () => {
    process.env.AUTH_SIGNIN_MAX_PER_MINUTE = "5";
    const shared = { "x-forwarded-for": "10.9.9.9, 10.8.8.8" };
    const fromA = { ...shared, [IP_HEADER]: "192.0.2.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await status(`nobody-${i}@chokepoint.test`, "wrong-password", fromA));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // another client behind the same proxy chain is not locked out by A
    expect(await status("bystander@chokepoint.test", password, { ...shared, [IP_HEADER]: "192.0.2.2" })).toBe(200);
  });

  it("stores the session's IP as the server found it, not the X-Forwarded-For a client sent", async () => {
    const res = await signIn("ip-owner@chokepoint.test", password, {
      "x-forwarded-for": "6.6.6.6",
      [IP_HEADER]: "192.0.2.44",
    });
    expect(res.status).toBe(200);
    const user = await db().user.findUniqueOrThrow({ where: { email: "ip-owner@chokepoint.test" } });
    const sessions = await db().session.findMany({ where: { userId: user.id }, select: { ipAddress: true } });
    expect(sessions).toEqual([{ ipAddress: "192.0.2.44" }]);
  });
});
