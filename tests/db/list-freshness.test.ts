import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { determinationListFreshness } from "@/lib/data/list-update-status";
import { suiteConfig } from "./database";
import { createApiKey } from "@/lib/operations/create-api-key";

// A seeded determination, its list dated 2023-11-01 for the test (restored after) and never confirmed by an
// update: it says it was made against a stale list.
describe(`a determination made against a stale list says so (${suiteConfig().provider})`, () => {
  it("in its freshness and in its CSV export", async () => {
    const d = await db().licenceDetermination.findFirstOrThrow({
      orderBy: { createdAt: "asc" },
      select: { id: true, listVersionId: true },
    });
    const v = await db().listVersion.findUniqueOrThrow({
      where: { id: d.listVersionId! },
      select: { publishedOn: true },
    });
    await db().listVersion.update({ where: { id: d.listVersionId! }, data: { publishedOn: "2023-11-01" } });
    try {
      const f = await determinationListFreshness(d.id);
      expect(f).toMatchObject({ stale: true, asOf: "2023-11-01T00:00:00.000Z", maxAgeDays: 7 });
      const user = await db().user.create({
        data: {
          id: "freshness-user",
          email: "freshness@test",
          name: "Freshness",
          role: "compliance",
          emailVerified: true,
        },
        select: { id: true },
      });
      const { key } = await createApiKey(user.id, "freshness", "compliance");
      const { GET } = await import("@/app/api/v1/determinations/[id]/export/route");
      const res = await GET(
        new Request(`http://localhost/api/v1/determinations/${d.id}/export`, {
          headers: { authorization: `Bearer ${key}` },
        }),
        { params: Promise.resolve({ id: d.id }) },
      );
      expect(res.status).toBe(200);
      const [header, first] = (await res.text()).split("\r\n");
      expect(header!.split(",").slice(-2)).toEqual(["list_confirmed_current_on", "list_stale"]);
      expect(first!.split(",").slice(-2)).toEqual(["2023-11-01", "yes"]);
    } finally {
      await db().listVersion.update({ where: { id: d.listVersionId! }, data: { publishedOn: v.publishedOn } });
    }
  });
});
