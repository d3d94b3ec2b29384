// The overview's panels on their own: what each says on an empty database, and that a failing query stays in
// its panel. The data loaders are replaced here; the figures themselves are tested in tests/db/overview.test.ts.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { noFilters } from "@/lib/overview/filters";
import { rollUpExposure } from "@/lib/overview/exposure";
import { rollUpParties } from "@/lib/overview/parties";

const data = vi.hoisted(() => ({
  listPanel: vi.fn(),
  partiesPanel: vi.fn(),
  exposure: vi.fn(),
  revenuePanel: vi.fn(),
  timeline: vi.fn(),
  filterChoices: vi.fn(),
}));
vi.mock("./data", () => data);
vi.spyOn(console, "error").mockImplementation(() => {});

const { ListPanel } = await import("./list-panel");
const { PartiesPanel } = await import("./parties-panel");
const { BomsPanel } = await import("./boms-panel");
const { RevenuePanel } = await import("./revenue-panel");
const { TimelinePanel } = await import("./timeline-panel");

const html = (node: unknown) => renderToStaticMarkup(node as React.ReactElement);

describe("overview panels on an empty database", () => {
  beforeEach(() => {
    data.listPanel.mockResolvedValue(null);
    data.partiesPanel.mockResolvedValue({
      partyCount: 0,
      screened: 0,
      runAt: null,
      rollup: rollUpParties([]),
      hits: [],
    });
    data.exposure.mockResolvedValue({ determinations: [], lines: [], rollup: rollUpExposure([], []) });
    data.revenuePanel.mockResolvedValue(null);
    data.timeline.mockResolvedValue([]);
  });

  it("says what to import first and links to it", async () => {
    expect(html(await ListPanel({ importHref: "/imports" }))).toMatch(
      /No restricted-party list yet.*href="\/imports"[^>]*>Import the list/,
    );
    expect(html(await PartiesPanel({ filters: noFilters, customerName: null, importHref: "/imports" }))).toMatch(
      /No parties yet.*href="\/imports"[^>]*>Import parties/,
    );
    expect(html(await BomsPanel({ filters: noFilters, checkHref: "/boms" }))).toMatch(
      /No BOM checks yet.*Import a bill of materials.*href="\/boms"/,
    );
    expect(html(await RevenuePanel({ filters: noFilters, importHref: "/imports" }))).toMatch(
      /No financials yet.*href="\/imports"[^>]*>Import financials/,
    );
    expect(html(await TimelinePanel({ filters: noFilters, auditHref: undefined }))).toContain("Nothing happened yet.");
  });

  it("tells a role that cannot import whom to ask, with no dead link", async () => {
    const list = html(await ListPanel({ importHref: undefined }));
    expect(list).toContain("Ask an analyst to import it.");
    expect(list).not.toContain('href="/imports"');
  });
});

describe("a panel whose query fails", () => {
  it("shows its own error, and the other panels still render", async () => {
    data.exposure.mockRejectedValue(
      Object.assign(new Error("SQLITE_IOERR: disk I/O error reading determination_line"), { code: "SQLITE_IOERR" }),
    );
    data.timeline.mockResolvedValue([]);
    const boms = html(await BomsPanel({ filters: noFilters, checkHref: "/boms" }));
    expect(boms).toContain("BOM exposure");
    expect(boms).toMatch(/role="alert".*This panel could not load.*\(SQLITE_IOERR\)/);
    expect(boms).not.toContain("determination_line"); // the query's details stay in the server log
    expect(html(await TimelinePanel({ filters: noFilters, auditHref: "/audit" }))).toContain("Nothing happened yet.");
  });
});
