import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { appOrigin, signIn } from "./fixtures";

// the real files are copies of other repositories' files: read from ../shared/reference, never committed; the
// tests that need them skip, saying so, when it is absent (a fresh clone)
const reference = path.resolve(import.meta.dirname, "../../shared/reference");
const sample = (p: string) => path.join(reference, p);
const hasReference = fs.existsSync(path.join(reference, "csl/csl-snapshot-2023-11-subset.csv"));
const noReference = `needs ${reference}, which is absent`;
if (!hasReference) console.log(`skipped: the e2e imports of real files ${noReference}`);

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles(file);
}

async function importChecked(page: Page) {
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const result = page.getByRole("status", { name: "Import result" });
  await expect(result).toBeVisible({ timeout: 60_000 });
  return result;
}

test.describe.configure({ mode: "serial" });

test("an analyst imports the real 2023 CSL snapshot, sees its one truncated row, and downloads the problems; it lacks the story entries the seeded customers match, so an admin approves it with a reason", async ({
  page,
  browser,
}) => {
  test.skip(!hasReference, noReference);
  test.setTimeout(120_000); // a real 4,226-entry list, and its diff against the 35 seeded facts
  await signIn(page, "analyst");
  await upload(page, sample("csl/csl-snapshot-2023-11-subset.csv"));
  await expect(page.getByRole("heading", { name: "csl-snapshot-2023-11-subset.csv" })).toBeVisible();
  await expect(page.getByText(/detected Restricted-party list \/ csl-current/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Preview" }).getByRole("row")).toHaveCount(11);
  const result = await importChecked(page);
  // the snapshot lacks the Entity List facts the seed added: removing entries the seeded customers match is
  // never silent, whatever the share of the list
  await expect(result.getByRole("heading")).toHaveText(/^Quarantined/);
  await expect(result).toContainText(
    'touches your party "Beijing SenseTime Technology Development Co., Ltd.": removes the entry',
  );
  await expect(result).toContainText("4,227Imported4,226");
  await expect(result.getByRole("table", { name: "Problems" })).toContainText("4229");
  const downloading = page.waitForEvent("download");
  await result.getByRole("button", { name: "Download problems (CSV)" }).click();
  const csv = fs.readFileSync(await (await downloading).path(), "utf8");
  expect(csv).toContain("csl-snapshot-2023-11-subset.csv,4229,(row),,a closing quote");
  // the history and the version list show it
  await page.getByRole("button", { name: "Import another file" }).click();
  await expect(page.getByRole("table", { name: "Import history" })).toContainText("csl-snapshot-2023-11-subset.csv");
  // held by the gates, so the history calls it quarantined, not succeeded
  await expect(
    page
      .getByRole("table", { name: "Import history" })
      .getByRole("row")
      .filter({ hasText: "csl-snapshot-2023-11-subset" })
      .first(),
  ).toContainText("quarantined");
  await page
    .getByRole("table", { name: "List versions" })
    .getByRole("link", { name: /csl-snapshot-2023-11-subset/ })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Diff" })).toContainText("removed");
  // the rest of the suite works on the snapshot: an admin puts it in force, giving the reason
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto(page.url());
  const decision = admin.getByRole("region", { name: "Decision" });
  await decision.getByLabel(/Reason/).fill("The e2e suite screens against the 2023 snapshot alone.");
  await decision.getByRole("button", { name: "Approve and make current" }).click();
  await expect(admin.locator("header .badge")).toHaveText("current");
  await admin.close();
});

const others: [string, RegExp, string][] = [
  ["csl/csl-legacy-layout-2019.csv", /^Quarantined/, "csl-legacy"],
  ["csl/csl-current-layout-sample.csv", /^Quarantined/, "csl-current"],
  ["csl/entity-list-rows-2023-11-subset.csv", /^Quarantined/, "csl-current"],
  ["facts/entity-list-facts.csv", /^Quarantined/, "csl-current"], // against the snapshot imported above
  ["boms/hackrf-one.bom.csv", /^Imported$/, "kicad-grouped"],
  ["boms/hackrf-one-bom-2014.csv", /^Imported$/, "kicad-legacy"],
  ["boms/BOM-TINYMODULE-V3.csv", /^Imported$/, "altium"],
];

for (const [file, status, format] of others) {
  test(`the sample ${file} imports through the browser`, async ({ page }) => {
    test.skip(!hasReference, noReference);
    await signIn(page, "analyst");
    await upload(page, sample(file));
    await expect(page.getByText(/detected /)).toContainText(format);
    const result = await importChecked(page);
    await expect(result.getByRole("heading")).toHaveText(status);
  });
}

test("the Altium .xlsx original is refused with a clear reason", async ({ page }) => {
  test.skip(!hasReference, noReference);
  await signIn(page, "analyst");
  await upload(page, sample("boms/BOM-TINYMODULE-V3.xlsx"));
  // refused by its declared type before it is stored; content sniffing refuses it too when no type is sent
  await expect(page.getByRole("alert").filter({ hasText: "cannot be imported" })).toContainText(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet cannot be imported: upload CSV or JSON",
  );
  const sniffed = await page.request.post("/api/v1/imports/uploads", {
    headers: { origin: appOrigin, "x-file-name": "BOM.xlsx", "content-type": "application/octet-stream" },
    data: fs.readFileSync(sample("boms/BOM-TINYMODULE-V3.xlsx")),
  });
  expect(sniffed.status()).toBe(400);
  expect((await sniffed.json()).error.message).toMatch(/not text .*export it as CSV first/);
});

test("a BOM with bad rows is rejected whole, with every problem's row and column", async ({ page }) => {
  await signIn(page, "analyst");
  const buffer = Buffer.from(
    "manufacturer,mpn,description,quantity,eccn\nNVIDIA,,NVIDIA H100 SXM5 80GB GPU,8,3A090.a\nIntel,,Xeon,-2,\nAcme,X1,=cmd|' /C calc'!A0,1,5A99\n",
  );
  await upload(page, { name: "bad-bom.csv", mimeType: "text/csv", buffer });
  await expect(page.getByRole("alert", { name: "Problems in the first rows" })).toContainText(
    "Row 3, column quantity: “-2” (expected a whole number of 0 or more)",
  );
  const result = await importChecked(page);
  await expect(result.getByRole("heading")).toHaveText("Rejected: nothing was imported");
  await expect(result.getByRole("table", { name: "Problems" }).getByRole("row")).toHaveCount(4); // header + 3 problems
  await expect(result.getByRole("row").filter({ hasText: "eccn" })).toContainText(
    "5A99an ECCN such as 3A090.a or EAR99",
  );
});

test("an analyst drops a JLCPCB BOM on the page and overrides the detected format; the import uses the chosen one", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/imports");
  const csv = 'Comment,Designator,Footprint,LCSC Part #\n100nF,"C1,C2,C3",0402,C1525\n10k,R1 to R3,0402,C25744\n';
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "jlc-bom.csv", { type: "text/csv" }));
    return dt;
  }, csv);
  await page.locator(".dropzone").dispatchEvent("dragover", { dataTransfer });
  await page.locator(".dropzone").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("heading", { name: "jlc-bom.csv" })).toBeVisible();
  await expect(page.getByText(/detected /)).toContainText("jlcpcb");
  await expect(page.getByLabel("Format")).toHaveValue("jlcpcb");
  // the spelled-out range is expanded: three designators, so a quantity of three
  await expect(page.getByRole("table", { name: "Preview" }).getByRole("row").filter({ hasText: "10k" })).toContainText(
    "R1 R2 R3",
  );
  await page.getByLabel("Format").selectOption("generic");
  await expect(page.getByLabel("Format")).toHaveValue("generic");
  await page.getByLabel("Column for Description").selectOption("Comment");
  const result = await importChecked(page);
  await expect(result).toContainText("2 BOM lines imported");
  await page.getByRole("button", { name: "Import another file" }).click();
  await expect(
    page.getByRole("table", { name: "Import history" }).getByRole("row").filter({ hasText: "jlc-bom.csv" }),
  ).toContainText("bom / generic");
});

test("the analyst maps columns by hand, and the mapping is remembered for the same header", async ({ page }) => {
  await signIn(page, "analyst");
  const buffer = Buffer.from("Firm,Nation,Role\nAcme Optics GmbH,DE,customer\nHarbour Freight Ltd,HK,ship-to\n");
  await upload(page, { name: "firms.csv", mimeType: "text/csv", buffer });
  await page.getByLabel("Kind").selectOption("parties");
  await expect(page.getByRole("alert").filter({ hasText: "cannot be imported as it is" })).toContainText(
    "no column is mapped to Name, which is required",
  );
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await page.getByLabel("Column for Name").selectOption("Firm");
  await page.getByLabel("Column for Country (ISO alpha-2)").selectOption("Nation");
  await page.getByLabel("Column for Kind (customer, supplier, ship-to)").selectOption("Role");
  await expect(page.getByRole("table", { name: "Preview" })).toContainText("Acme Optics GmbH");
  const result = await importChecked(page);
  await expect(result).toContainText("2 parties imported");

  await upload(page, {
    name: "firms-2.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Firm,Nation,Role\nNorth Sea Parts BV,NL,supplier\n"),
  });
  await page.getByLabel("Kind").selectOption("parties");
  await expect(page.getByText("remembered from the last file with this header")).toBeVisible();
  await expect(page.getByLabel("Column for Name")).toHaveValue("0");
});

test("a large import shows its progress and can be cancelled, leaving nothing behind", async ({ page }) => {
  await signIn(page, "analyst");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-")), "big-bom.csv");
  const out = fs.createWriteStream(file);
  out.write("manufacturer,mpn,description,quantity,reference\n");
  for (let i = 0; i < 600_000; i++) out.write(`Yageo,RC0402JR-07${i}L,"RES 0402, ${i} ohm",1,R${i}\n`);
  await new Promise((r) => out.end(r));
  await upload(page, file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Import" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel import" }).click();
  const result = page.getByRole("status", { name: "Import result" });
  await expect(result.getByRole("heading")).toHaveText("Cancelled: nothing was imported", { timeout: 60_000 });
  await page.goto("/boms");
  await expect(page.getByRole("table", { name: "Bills of materials" })).not.toContainText("big-bom");
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

test("an admin rejects a quarantined list version", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/imports");
  await page
    .getByRole("table", { name: "List versions" })
    .getByRole("link", { name: /csl-legacy-layout-2019/ })
    .first()
    .click();
  await expect(page.getByRole("region", { name: "Quarantine" })).toContainText("the whole source list is missing");
  await page.getByRole("button", { name: "Reject" }).click();
  // the page re-renders with the decision: no quarantine panel, the version marked rejected
  await expect(page.getByRole("region", { name: "Quarantine" })).toHaveCount(0);
  await expect(page.locator("header .badge")).toHaveText("rejected");
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: "list-version.rejected" }).first()).toContainText(
    "admin@chokepoint.demo",
  );
});

test("a file chosen before the page has finished loading is not lost", async ({ page }) => {
  await signIn(page, "analyst");
  // hold the page's scripts back until the file is chosen, as a slow connection would
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  // scripts only: a held stylesheet would also hold the inline scripts that put streamed content in place
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/imports", { waitUntil: "commit" });
  await page.getByLabel("File to import").setInputFiles({
    name: "early-parties.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name,kind,country\nA,customer,DE\n"),
  });
  release();
  await expect(page.getByRole("heading", { name: "early-parties.csv" })).toBeVisible();
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("executives cannot upload", async ({ page }) => {
  await signIn(page, "executive");
  const res = await page.request.post("/api/v1/imports/uploads", {
    headers: { origin: appOrigin, "x-file-name": "x.csv", "content-type": "application/octet-stream" },
    data: "a,b\n1,2\n",
  });
  expect(res.status()).toBe(403);
});

// issue 18: a KiCad export as Olimex ships it imports without hand edits (tests/fixtures, invented rows)
const kicadDesignation = () => ({
  name: "olimex-style-bom.csv",
  mimeType: "text/csv",
  buffer: fs.readFileSync(path.join(import.meta.dirname, "../tests/fixtures/bom-kicad-designation.csv")),
});

test("a semicolon KiCad export with a Designation column is read as KiCad, its non-part rows skipped with their reason, and the same file again changes nothing", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await upload(page, kicadDesignation());
  await expect(page.getByText(/detected /)).toContainText(
    "kicad-grouped (90% confident: KiCad BOM export columns (Designator, Footprint, Quantity, Designation))",
  );
  await expect(page.getByLabel("Column for Value / comment")).toHaveValue("4");
  const skipped = page.getByRole("table", { name: "Skipped rows" });
  await expect(skipped.getByRole("row").filter({ hasText: "fiducial mark" })).toContainText(
    "1 | FID1,FID2 | Fiducial_1mm | 2 | Fiducial",
  );
  await expect(skipped.getByRole("row").filter({ hasText: "not fitted" })).toContainText("NA(4.7uF/10V/C0603)");
  // the part number is split from its package
  await expect(page.getByRole("table", { name: "Preview" }).getByRole("row").filter({ hasText: "U1" })).toContainText(
    "KX9910B-ABC",
  );
  const result = await importChecked(page);
  await expect(result.getByRole("heading")).toHaveText("Imported");
  await expect(result).toContainText("olimex-style-bom.csv: 4 BOM lines imported");
  await expect(result).toContainText("1 row(s) skipped, not parts (mounting hole): row 6");
  await result.getByText(/row\(s\) skipped because they are not parts/).click();
  await expect(result.getByRole("table", { name: "Skipped rows" }).getByRole("row")).toHaveCount(6); // header + 5

  // the same file through the browser again: recognised, no second BOM
  await page.getByRole("button", { name: "Import another file" }).click();
  await upload(page, { ...kicadDesignation(), name: "olimex-style-bom-again.csv" });
  const again = await importChecked(page);
  await expect(again.getByRole("heading")).toHaveText("Already imported: nothing changed");
  await expect(again).toContainText("the same content was imported before (olimex-style-bom.csv)");
  await page.goto("/boms");
  await expect(page.getByRole("link", { name: /^olimex-style-bom/ })).toHaveCount(1);
});

test("Import stays disabled, saying why, while no column says what the part is", async ({ page }) => {
  await signIn(page, "analyst");
  const buffer = Buffer.from("Designator;Quantity;Footprint;Note\nR1;1;R_0402;10k resistor\nU1;1;QFN32;KX9910B-ABC\n");
  await upload(page, { name: "unmapped-bom.csv", mimeType: "text/csv", buffer });
  const importButton = page.getByRole("button", { name: "Import", exact: true });
  await expect(importButton).toBeDisabled();
  await expect(page.locator("#import-blocked-reason")).toHaveText(
    "Import is disabled: no column is mapped to the manufacturer part number, the description or the value; a BOM line needs one of them. Choose the column under Column mapping.",
  );
  await page.getByLabel("Column for Description").selectOption("Note");
  await expect(importButton).toBeEnabled();
  await expect(page.locator("#import-blocked-reason")).toHaveCount(0);
  const result = await importChecked(page);
  await expect(result).toContainText("unmapped-bom.csv: 2 BOM lines imported");
});

test("a compliance officer reviews the EAR99 suggestion for passive parts and confirms it, and classifies selected lines together", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await page.goto("/boms");
  await page.getByRole("link", { name: /^olimex-style-bom/ }).click();
  const form = page.getByRole("form", { name: "Classify selected lines" });
  await expect(form.getByRole("note", { name: "Suggestion" })).toContainText(
    "EAR99 for 2 passive part lines by category (1 resistor, 1 connector)",
  );
  // the suggestion only selects and fills in: nothing is saved yet
  await form.getByRole("button", { name: "Review the suggestion" }).click();
  await expect(form.getByText("2 lines selected")).toBeVisible();
  await expect(form.getByLabel("Select line 2")).toBeChecked();
  await expect(form.getByLabel("Select line 4")).toBeChecked();
  await expect(form.getByLabel("Select line 1")).not.toBeChecked();
  await expect(form.getByLabel("ECCN for the selected lines")).toHaveValue("EAR99");
  const lines = form.getByRole("table", { name: "Lines to classify" });
  await expect(lines.getByRole("row").filter({ hasText: "10k/R0402" })).toContainText("not classified");
  await form.getByRole("button", { name: "Classify 2 selected lines" }).click();
  await expect(form.getByRole("status")).toHaveText("2 lines classified EAR99; the next check uses it.");
  await expect(lines.getByRole("row").filter({ hasText: "10k/R0402" })).toContainText("EAR99");
  // then two lines chosen by hand, with another ECCN
  await page.reload();
  await form.getByLabel("Select line 1").check();
  await form.getByLabel("Select line 3").check();
  await form.getByLabel("ECCN for the selected lines").fill("5a992.c");
  await form.getByLabel("Note (required: the evidence)").fill("Manufacturer's classification notices");
  await form.getByRole("button", { name: "Classify 2 selected lines" }).click();
  await expect(form.getByRole("status")).toHaveText("2 lines classified 5A992.c; the next check uses it.");
  await expect(lines.getByRole("row").filter({ hasText: "KX9910B-ABC" })).toContainText("5A992.c");
  // one audit entry per confirmation, naming every line it classified
  await page.goto("/audit");
  const audit = page.getByRole("table", { name: "Audit log" });
  const suggested = audit.getByRole("row").filter({ hasText: "line numbers: 2, 4" });
  await expect(suggested).toContainText("classification.overridden");
  await expect(suggested).toContainText("ECCN: EAR99");
  await expect(audit.getByRole("row").filter({ hasText: "line numbers: 1, 3" })).toHaveCount(1);
});
