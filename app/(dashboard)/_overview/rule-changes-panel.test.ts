// The overview's rule-changes panel on its own: the replay is replaced here; its figures are tested in
// tests/db/replay.test.ts.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

const op = vi.hoisted(() => ({ overviewRuleChanges: vi.fn() }));
vi.mock("@/lib/operations/replay-rules", () => op);
vi.spyOn(console, "error").mockImplementation(() => {});
const { RuleChangesPanel } = await import("./rule-changes-panel");
const html = async (since: string | null = null) =>
  renderToStaticMarkup((await RuleChangesPanel({ role: "executive", since })) as React.ReactElement);

const base = {
  since: "2025-12-07",
  until: "2026-12-07",
  previous: { asOf: "2025-12-06", id: "2025-11-10", label: "Affiliates rule suspended (90 FR 50857, to 2026-11-09)" },
  href: "/replay?rules=2025-12-06",
};

describe("rule changes panel", () => {
  it("lists the versions of the period and links the count of changed lines to the replay", async () => {
    op.overviewRuleChanges.mockResolvedValueOnce({
      ...base,
      versions: [{ id: "2026-11-10", label: "Affiliates rule in force again" }],
      replay: { linesChanged: 3, checks: 100, checksInForce: 140, customers: 2, boms: 1 },
    });
    const out = await html("2025-12-07");
    expect(op.overviewRuleChanges).toHaveBeenLastCalledWith("executive", "2025-12-07");
    expect(out).toContain("2026-11-10</time>: Affiliates rule in force again");
    expect(out).toMatch(/href="\/replay\?rules=2025-12-06">3 lines would change status<\/a>/);
    expect(out).toContain("for 2 customers and 1 BOM");
    expect(out).toContain("Counted over the newest 100 of the 140 checks in force");
  });
  it("says when no version took effect, and still links to the replay", async () => {
    op.overviewRuleChanges.mockResolvedValueOnce({ ...base, versions: [], replay: null });
    const out = await html();
    expect(out).toContain("No rule-set version took effect since 2025-12-07");
    expect(out).toMatch(/href="\/replay">Replay the checks in force<\/a>/);
  });
  it("keeps a failure inside the panel", async () => {
    op.overviewRuleChanges.mockRejectedValueOnce(new Error("boom"));
    expect(await html()).toContain("This panel could not load.");
  });
});
