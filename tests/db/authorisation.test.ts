// Every route handler and server action checks the caller's role itself. Route handlers are called for real
// without a session or key (401 expected) and with a key whose role lacks the permission (403 expected where
// the route needs more than reading); server actions are checked to be built by validatedAction, which checks
// the role before it parses anything.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { permissions } from "@/lib/auth/roles";
import { suiteConfig } from "./database";
import { createApiKey } from "@/lib/operations/create-api-key";

const root = path.resolve(import.meta.dirname, "../..");
function walk(dir: string, match: (f: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name), match) : match(d.name) ? [path.join(dir, d.name)] : [],
    );
}
const rel = (f: string) => path.relative(root, f);
const routes = walk(path.join(root, "app"), (f) => f === "route.ts");
const actionFiles = walk(path.join(root, "app"), (f) => f.endsWith(".ts") && /action/.test(f));
/** public on purpose: the health check, and Better Auth's own sign-in endpoints */
const publicRoutes = new Set(["app/api/health/route.ts", "app/api/auth/[...all]/route.ts"]);
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const params = Promise.resolve({ id: "no-such-id", jobId: "no-such-id" });

describe(`authorisation on every route handler (${suiteConfig().provider})`, () => {
  it("finds the route handlers", () => expect(routes.length).toBeGreaterThanOrEqual(14));

  for (const file of routes.filter((f) => !publicRoutes.has(rel(f)))) {
    it(`${rel(file)} answers 401 without a session or API key`, async () => {
      const mod = (await import(file)) as Record<
        string,
        (r: Request, c: { params: typeof params }) => Promise<Response>
      >;
      const exported = methods.filter((m) => typeof mod[m] === "function");
      expect(exported.length, "no HTTP method exported").toBeGreaterThan(0);
      for (const m of exported) {
        const res = await mod[m]!(
          new Request("http://localhost/x", {
            method: m,
            headers: { "content-type": "application/json" },
            body: m === "GET" ? undefined : "{}",
          }),
          { params },
        );
        expect(res.status, `${m} ${rel(file)}`).toBe(401);
      }
    });
  }

  it("refuses a revoked key, and a role without the permission, on a route that changes data", async () => {
    const user = await db().user.create({
      data: { id: "authz-exec", email: "authz-exec@test", name: "Exec", role: "executive", emailVerified: true },
      select: { id: true },
    });
    const { key } = await createApiKey(user.id, "BI", "executive");
    const { POST } = await import("@/app/api/v1/determinations/route");
    const res = await POST(
      new Request("http://localhost/api/determinations", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: "{}",
      }),
    );
    expect(res.status).toBe(403);
    expect(permissions["boms:check"]).not.toContain("executive");
  });
});

describe("authorisation on every server action", () => {
  it("finds the server actions", () => expect(actionFiles.length).toBeGreaterThanOrEqual(8));
  for (const file of actionFiles) {
    it(`${rel(file)} exports only actions built by validatedAction`, () => {
      const src = fs.readFileSync(file, "utf8");
      expect(src.startsWith('"use server";'), 'a server action file starts with "use server"').toBe(true);
      const exported = [...src.matchAll(/^export\s+(?:async\s+)?(?:const|function|let)\s+(\w+)/gm)].map((m) => m[1]);
      expect(exported.length).toBeGreaterThan(0);
      for (const name of exported)
        expect(src, `${name} must be validatedAction(permission, schema, fn)`).toMatch(
          new RegExp(`export const ${name} = validatedAction\\(\\s*"[a-z:]+",`),
        );
    });
  }
});
