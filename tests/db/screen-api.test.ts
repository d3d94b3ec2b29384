import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST } from "@/app/api/v1/screen/route";
import * as screenAlias from "@/app/api/screen/route";
import * as determinationsAlias from "@/app/api/determinations/route";
import * as determinationsV1 from "@/app/api/v1/determinations/route";
import { suiteConfig } from "./database";
import { createApiKey } from "@/lib/operations/create-api-key";

// The route handler as integrators call it, with an API key, on the seeded database (the shipped list).
const call = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/v1/screen", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe(`POST /api/screen (${suiteConfig().provider})`, () => {
  it("refuses a request without a session or API key", async () => {
    const r = await call({ names: ["Dahua Technology"] });
    expect(r.status).toBe(401);
  });

  it("screens names for a caller with an API key, with explanations and the list version", async () => {
    const user = await db().user.create({
      data: { id: "api-user", email: "integration@test", name: "Integration", role: "compliance", emailVerified: true },
      select: { id: true },
    });
    const { key } = await createApiKey(user.id, "ERP integration", "compliance");
    const r = await call(
      {
        names: [
          "Beijing Sense Time Technology Development Company Limited",
          { name: "Dahua Tech", country: "CN" },
          "Rheinland Automation GmbH",
        ],
        sources: ["el"],
      },
      { authorization: `Bearer ${key}` },
    );
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.results.map((x: { status: string }) => x.status)).toEqual(["match", "match", "clear"]);
    expect(body.results[0].matches[0]).toMatchObject({
      name: "Beijing SenseTime Technology Development Co., Ltd.",
      source: "EL",
      band: "match",
      listVersion: { id: body.lists.csl.id },
    });
    expect(body.results[1].matches[0].explanation.country).toEqual({ effect: 3, note: "country agrees: CN" });
    expect(body.thresholds).toEqual({ match: 85, review: 70 });

    const bad = await call({ names: [], sources: ["everything"] }, { authorization: `Bearer ${key}` });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^names: /);
    const notJson = await call("names=Dahua", { authorization: `Bearer ${key}` });
    expect(notJson.status).toBe(400);
    expect((await call({ names: ["x"] }, { authorization: "Bearer ck_not-a-key" })).status).toBe(401);
  });

  it("charges names to the user's and the key's budget: 429 with Retry-After once it is spent", async () => {
    process.env.CHOKEPOINT_API_NAMES_PER_MINUTE = "10";
    try {
      const user = await db().user.create({
        data: { id: "api-budget", email: "budget@test", name: "Budget", role: "compliance", emailVerified: true },
        select: { id: true },
      });
      const first = await createApiKey(user.id, "first", "compliance");
      const second = await createApiKey(user.id, "second", "compliance");
      const names = (n: number) => ({ names: Array.from({ length: n }, (_, i) => `Budget Test Company ${i}`) });
      expect((await call(names(6), { authorization: `Bearer ${first.key}` })).status).toBe(200);
      // the user's other key shares the user's budget: 6 + 5 is over 10
      const refused = await call(names(5), { authorization: `Bearer ${second.key}` });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await refused.json()).error).toMatchObject({ code: "RATE_LIMITED" });
      // a refused request cost nothing: the 4 names left can still be screened
      expect((await call(names(4), { authorization: `Bearer ${second.key}` })).status).toBe(200);
      expect((await call(names(1), { authorization: `Bearer ${first.key}` })).status).toBe(429);
    } finally {
      delete process.env.CHOKEPOINT_API_NAMES_PER_MINUTE;
    }
  });
});

describe("the API's old paths", () => {
  it("/api/screen and /api/determinations are aliases of the /api/v1 handlers, not copies", () => {
    expect(screenAlias.POST).toBe(POST);
    expect(determinationsAlias.POST).toBe(determinationsV1.POST);
  });
});
