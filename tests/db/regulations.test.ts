// `regs update` against a local stand-in for the eCFR versioner API (127.0.0.1, a random port) serving the
// hand-written fixtures of parts 738 and 740 (lib/regs/fixtures) and a two-entry CCL in the versioner's shape; the
// real XML of Supp. No. 1 to part 774 from ../shared/reference/sourcing/regs is loaded by the last test when present.
// Each later version is the fixture with synthetic edits, named in the test.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRegulationVersion, listRegulationVersions, regulationInForce } from "@/lib/data/regulations";
import { ecfrBaseUrl, updateRegulations } from "@/lib/operations/update-regulations";
import net from "node:net";
import { decideRegulationVersion } from "@/lib/operations/update-regulations-decide";
import { checkBomLines } from "@/lib/operations/check-bom-lines";
import { fictionalList, serveList, startPublisher, type Publisher } from "../fixtures/csl-publisher";
import { updateLists } from "@/lib/operations/update-lists";
import { listUpdateConfig } from "@/lib/env";
import { cliAsync } from "./cli-async";
import { suiteConfig, useScratchDatabase } from "./database";

useScratchDatabase({ beforeAll, afterAll });
let publisher: Publisher;
beforeAll(async () => {
  publisher = await startPublisher();
});
afterAll(() => publisher.close());

const fixture = (name: string) => fs.readFileSync(path.join("lib/regs/fixtures", name), "utf8");
const real774 = path.resolve("../shared/reference/sourcing/regs/ccl-774-supp1-ecfr-xml-2026-06.xml");
const has774 = fs.existsSync(real774);
if (!has774) console.log(`regulations.test.ts: the real part 774 test is skipped: ${real774} is absent`);

const ccl = (at5A992: string) => `<?xml version="1.0" encoding="UTF-8"?>
<DIV9 N="Supplement No. 1 to Part 774" TYPE="APPENDIX"><HEAD>Supplement No. 1 to Part 774—The Commerce Control List</HEAD>
<FP-2><B>5A002 “Information security” systems, equipment and “components,” as follows (see List of Items Controlled).</B></FP-2>
<FP-1><I>Reason for Control:</I> NS, AT</FP-1>
<DIV><TABLE><THEAD><TR><TH>Control(s)</TH><TH>Country Chart (see Supp. No. 1 to part 738)</TH></TR></THEAD>
<TBODY><TR><TD>NS applies to entire entry</TD><TD>NS Column 1.</TD></TR><TR><TD>AT applies to entire entry</TD><TD>AT Column 1.</TD></TR></TBODY></TABLE></DIV>
<FP-1><E T="05">List Based License Exceptions (See Part 740 for a Description of All License Exceptions)</E></FP-1>
<FP-1><I>LVS:</I> N/A</FP-1><FP-1><I>GBS:</I> N/A</FP-1><FP-1><I>ENC:</I> Yes for certain EI controlled commodities.</FP-1>
<FP-2><B>5A992 Equipment not controlled by 5A002 (see List of Items Controlled)</B></FP-2>
<DIV><TABLE><TBODY><TR><TD>AT applies to entire entry</TD><TD>${at5A992}</TD></TR></TBODY></TABLE></DIV>
</DIV9>
`;

type Parts = { "738": string; "740": string; "774": string };
const base = () => publisher.url("");
function serve(date: string, parts: Partial<Parts>): void {
  for (const [part, body] of Object.entries(parts))
    publisher.routes.set(`/api/versioner/v1/full/${date}/title-15.xml?part=${part}`, (_req, res) =>
      res.writeHead(200, { "content-type": "application/xml" }).end(body),
    );
}
const v1: Parts = {
  "738": fixture("ecfr-738-fixture.xml"),
  "740": fixture("ecfr-740-fixture.xml"),
  "774": ccl("AT Column 1."),
};
const actor = { id: null, email: "test@regs" };
const cli = (...args: string[]) => cliAsync({ DATABASE_URL: process.env.DATABASE_URL! }, ...args);
const audits = (action: string) =>
  db().auditLog.findMany({ where: { action, entityType: "regulation-version" }, orderBy: { seq: "asc" } });

describe(`regs update from a local eCFR versioner (${suiteConfig().provider})`, () => {
  it("loads the three parts of a date, stores an active version and says what it fetched", async () => {
    serve("2026-01-15", v1);
    const r = await cli("regs", "update", "--date", "2026-01-15", "--url", base(), "--json");
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      status: "active",
      id: "2026-01-15",
      previousVersionId: null,
      comparedWith: null,
      changes: [],
      problems: [],
      counts: { chartRows: 12, cclEntries: 2, licenceExceptions: 5, countryGroups: 14 },
    });
    expect(r.stderr).toContain(
      `regs update: part 738: fetching ${base()}/api/versioner/v1/full/2026-01-15/title-15.xml?part=738\n`,
    );
    expect(r.stderr).toContain("regs update: part 774: parsed\n");
    const stored = await getRegulationVersion("2026-01-15");
    expect(stored).toMatchObject({
      status: "active",
      chartRows: 12,
      cclEntries: 2,
      sourceUrl: `${base()}/api/versioner/v1/full/2026-01-15/title-15.xml?part=738`,
      createdByEmail: expect.stringMatching(/^cli:/),
      diff: null,
    });
    expect(stored!.payload.countryChart.rows.KR!.marks).toEqual(["CB1", "NS1", "MT1", "RS1"]);
    expect(stored!.payload.countryGroups["D:5"]).toEqual(["AF", "CN", "CU", "IR", "KP", "RU"]);
    expect(stored!.payload.origin).toMatchObject({ kind: "ecfr", url: stored!.sourceUrl });
    expect((await audits("regulation-version.loaded")).map((a) => a.entityId)).toEqual(["2026-01-15"]);
  });

  it("is in force from its eCFR date on, and not before (the baseline applies then)", async () => {
    expect((await regulationInForce("2026-01-15"))?.id).toBe("2026-01-15");
    expect((await regulationInForce("2027-01-01"))?.id).toBe("2026-01-15");
    expect(await regulationInForce("2026-01-14")).toBeNull();
  });

  it("loading the same date again with the same tables stores nothing new", async () => {
    const r = await updateRegulations({ date: "2026-01-15", baseUrl: base(), actor });
    expect(r.status).toBe("unchanged");
    expect(await db().regulationVersion.count()).toBe(1);
  });

  it("a second version is diffed against the first and the changes are printed", async () => {
    // synthetic edits: Canada gains an X in NS 1; the UAE leaves A:5; 5A992's AT line moves to column 2
    serve("2026-07-10", {
      "738": v1["738"].replace(
        /(<TD class="left">Canada<\/TD>(?:<TD class="center">[X]?<\/TD>){5})<TD class="center"><\/TD>/,
        '$1<TD class="center">X</TD>',
      ),
      "740": v1["740"].replace(
        /(<TR><TD class="left">United Arab Emirates<\/TD>(?:<TD class="center"><\/TD>){4})<TD class="center">X<\/TD>/,
        '$1<TD class="center"></TD>',
      ),
      "774": ccl("AT Column 2."),
    });
    const r = await cli("regs", "update", "--date", "2026-07-10", "--url", base());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "regulation version 2026-07-10: active (12 Country Chart rows, 2 ECCNs, 5 licence exceptions, 14 Country Groups)",
      "changes against 2026-01-15 (3):",
      "  Country Chart CA: X added in NS1",
      "  5A992: reasons added: AT2: entire entry; reasons removed: AT1: entire entry",
      "  Country Group A:5: removed AE",
      "",
    ]);
    const stored = await getRegulationVersion("2026-07-10");
    expect(stored!.previousVersionId).toBe("2026-01-15");
    expect(stored!.diff!.diff.chart.changed).toEqual([{ country: "CA", marksAdded: ["NS1"], marksRemoved: [] }]);
    expect((await regulationInForce("2026-07-10"))!.countryGroups["A:5"]).toEqual(["CA", "DE"]);
    expect((await regulationInForce("2026-07-09"))!.countryGroups["A:5"]).toEqual(["AE", "CA", "DE"]);
  });

  it("quarantines a version whose chart lost more than a tenth of its rows, and keeps the earlier one in force", async () => {
    // synthetic: the rows of Albania and Germany gone, two of twelve (17 %)
    serve("2026-08-01", {
      ...v1,
      "738": v1["738"].replace(/<TR><TD class="left">(Albania|Germany)\b.*<\/TR>\n/g, ""),
    });
    const r = await cli("regs", "update", "--date", "2026-08-01", "--url", base());
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("regulation version 2026-08-01: quarantined (10 Country Chart rows,");
    expect(r.stdout).toContain(
      "quarantine: Country Chart rows: 10 against 12 in 2026-07-10 (a drop of more than 10 %)\n",
    );
    expect(r.stdout).toContain('not in force until approved: npx chokepoint regs approve 2026-08-01 --reason "..."');
    expect((await getRegulationVersion("2026-08-01"))!.status).toBe("quarantined");
    expect((await regulationInForce("2026-08-02"))!.id).toBe("2026-07-10");
    expect((await audits("regulation-version.quarantined")).map((a) => a.entityId)).toEqual(["2026-08-01"]);
  });

  it("approving needs the analyst or admin role and a reason; the approval and its audit entry land together", async () => {
    await expect(
      decideRegulationVersion(
        "2026-08-01",
        "approve",
        { id: null, email: "c@x", role: "compliance" },
        "a long enough reason",
      ),
    ).rejects.toThrow("Deciding a regulation version needs the analyst or admin role (you are compliance).");
    await expect(
      decideRegulationVersion("2026-08-01", "approve", { id: null, email: "a@x", role: "analyst" }, "ok"),
    ).rejects.toThrow(/needs a reason \(at least 10 characters\)/);
    expect((await getRegulationVersion("2026-08-01"))!.status).toBe("quarantined");
    expect(await audits("regulation-version.approved")).toEqual([]);

    await decideRegulationVersion(
      "2026-08-01",
      "approve",
      { id: null, email: "analyst@x", role: "analyst" },
      "BIS removed two rows in 91 FR 99999 (test)",
    );
    const v = await getRegulationVersion("2026-08-01");
    expect(v).toMatchObject({
      status: "active",
      decidedByEmail: "analyst@x",
      decisionReason: "BIS removed two rows in 91 FR 99999 (test)",
    });
    expect((await regulationInForce("2026-08-02"))!.id).toBe("2026-08-01");
    const [audit] = await audits("regulation-version.approved");
    expect(audit).toMatchObject({ entityId: "2026-08-01", actorEmail: "analyst@x" });
    expect(audit!.after).toEqual({ status: "active", reason: "BIS removed two rows in 91 FR 99999 (test)" });
    await expect(
      decideRegulationVersion("2026-08-01", "reject", { id: null, email: "admin@x", role: "admin" }),
    ).rejects.toThrow("Regulation version 2026-08-01 is active, not quarantined: there is nothing to decide.");
  });

  it("quarantines a parse with a row it cannot name; `regs reject` sets it aside", async () => {
    serve("2026-09-01", { ...v1, "738": v1["738"].replace(">Canada<", ">Freedonia<") });
    const r = await updateRegulations({ date: "2026-09-01", baseUrl: base(), actor });
    expect(r.status).toBe("quarantined");
    expect(r.problems).toEqual(['part 738: Country Chart row "Freedonia" is not a country this product knows']);
    const out = await cli("regs", "reject", "2026-09-01");
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toBe("regulation version 2026-09-01: quarantined -> rejected\n");
    expect((await regulationInForce("2026-12-31"))!.id).toBe("2026-08-01");
    const list = await listRegulationVersions();
    expect(list.map((v) => [v.id, v.status])).toEqual([
      ["2026-09-01", "rejected"],
      ["2026-08-01", "active"],
      ["2026-07-10", "active"],
      ["2026-01-15", "active"],
    ]);
  });

  it("names the part and the HTTP status when the versioner refuses one, and stores nothing", async () => {
    serve("2026-10-01", { "738": v1["738"], "774": v1["774"] });
    const r = await cli("regs", "update", "--date", "2026-10-01", "--url", base());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `chokepoint: part 740: HTTP 404 Not Found from ${base()}/api/versioner/v1/full/2026-10-01/title-15.xml?part=740: not found (if the date is later than the eCFR's latest issue of title 15, give an earlier --date)\n`,
    );
    expect(await getRegulationVersion("2026-10-01")).toBeNull();
  });

  it("names the part and the cause when the versioner cannot be reached, and refuses a base that is not a URL", async () => {
    const s = net.createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const port = (s.address() as net.AddressInfo).port;
    await new Promise((r) => s.close(r));
    await expect(updateRegulations({ date: "2026-10-03", baseUrl: `http://127.0.0.1:${port}`, actor })).rejects.toThrow(
      `part 738: could not reach http://127.0.0.1:${port}/api/versioner/v1/full/2026-10-03/title-15.xml?part=738: ECONNREFUSED`,
    );
    expect(() => ecfrBaseUrl("ecfr.gov", {})).toThrow('eCFR base URL "ecfr.gov" is not a URL');
    expect(ecfrBaseUrl(undefined, { CHOKEPOINT_ECFR_URL: "http://127.0.0.1:9/" })).toBe("http://127.0.0.1:9");
    expect(ecfrBaseUrl(undefined, {})).toBe("https://www.ecfr.gov");
  });

  it("names the part and the element a cut-short document breaks in, and stores nothing", async () => {
    serve("2026-10-02", { ...v1, "740": v1["740"].slice(0, v1["740"].indexOf("</TBODY>")) });
    await expect(updateRegulations({ date: "2026-10-02", baseUrl: base(), actor })).rejects.toThrow(
      /^parse error in <TBODY>: part 740: <TBODY> is never closed \(the document is cut short\)/,
    );
    await expect(updateRegulations({ date: "2026-13-01", baseUrl: base(), actor })).rejects.toThrow(
      '--date "2026-13-01" is not a date: give YYYY-MM-DD (an eCFR date)',
    );
    expect(await getRegulationVersion("2026-10-02")).toBeNull();
  });

  it("a BOM check reads the version in force on its date, and says which (none before the first: the baseline)", async () => {
    // a check screens the buyer, so a (fictional) list must be in force
    publisher.routes.set("/csl.json", serveList(JSON.stringify(fictionalList(5)), '"v1"'));
    const lists = await updateLists({
      trigger: "cli",
      actor,
      config: { ...listUpdateConfig({}), url: publisher.url("/csl.json"), retries: 1, idleTimeoutMs: 5000 },
    });
    expect(lists.status).toBe("imported");
    const check = (asOf: string) =>
      checkBomLines([], { buyer: { name: "Fictional Test Buyer GmbH", hqCountry: "DE" }, destination: "DE", asOf });
    expect((await check("2026-07-31")).regulationVersion).toBe("2026-07-10");
    expect((await check("2026-12-31")).regulationVersion).toBe("2026-08-01");
    expect((await check("2025-12-31")).regulationVersion).toBeNull();
  });

  it.skipIf(!has774)("loads the real XML of Supp. No. 1 to part 774 (eCFR, 2026-06)", async () => {
    serve("2026-06-01", { ...v1, "774": fs.readFileSync(real774, "utf8") });
    const r = await updateRegulations({ date: "2026-06-01", baseUrl: base(), actor });
    expect(r).toMatchObject({ status: "active", previousVersionId: "2026-01-15", counts: { cclEntries: 637 } });
    expect(r.changes[0]).toMatch(/^ECCNs added: 0A002, 0A501, .* and 623 more$/); // 637 less the two of the fixture
    const inForce = await regulationInForce("2026-06-30");
    expect(inForce!.ccl["3A001"]!.reasons.map((x) => x.column)).toEqual(["NS1", "NS2", "RS1", "MT1", "NP1", "AT1"]);
    expect(inForce!.ccl["5A002"]!.reasons.map((x) => x.column)).toEqual(["NS1", "AT1"]);
    expect(inForce!.ccl["3A090"]!.otherRequirements[0]).toMatch(
      /^RS applies to 3A090.a: To or within any destination worldwide/,
    );
  });

  it("with no stored version before its date, checks the first load against the shipped baseline", async () => {
    // the baseline stand-in: the fixture's tables plus eight more chart rows, so the fixture's twelve are a drop
    const stored = (await getRegulationVersion("2026-01-15"))!.payload;
    const rows = { ...stored.countryChart.rows };
    for (const c of ["FR", "IT", "ES", "PT", "NL", "BE", "AT", "CH"])
      rows[c] = { country: c, name: c, marks: ["CB1"], footnotes: [], pointer: null };
    const baseline = { ...stored, id: "2025-01-01", countryChart: { rows } };
    serve("2025-06-01", v1);
    const r = await updateRegulations({ date: "2025-06-01", baseUrl: base(), actor, baseline });
    expect(r).toMatchObject({ status: "quarantined", previousVersionId: null, comparedWith: "baseline 2025-01-01" });
    expect(r.problems).toEqual(["Country Chart rows: 12 against 20 in 2025-01-01 (a drop of more than 10 %)"]);
    expect(r.changes).toEqual(["Country Chart rows removed: AT, BE, CH, ES, FR, IT, NL, PT"]);
    expect((await getRegulationVersion("2025-06-01"))!.diff!.against).toBe("baseline 2025-01-01");
  });
});
