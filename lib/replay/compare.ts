// One check in force, run twice on the same facts: under its own rules (the baseline) and under the replay's rules
// (and list), line by line. A line whose status differs is a change, with the rule and citation on each side and
// the line's value. Pure: the facts come in loaded, nothing is written.
import { determineLines } from "../rules/determine";
import { lineFacts, type RawLine } from "../rules/line-facts";
import type { RegulationVersion } from "../regs/types";
import type { CataloguePart } from "../rules/catalogue";
import type { Declaration } from "../rules/declarations";
import type { BuyerListing, CheckContext, LineStatus } from "../rules/types";
import { partLabel } from "../overview/exposure";
import { pinToRuleDate } from "./pin";

/** A check in force with the facts to run it again. */
export type ReplayCheck = {
  determinationId: string;
  bomId: string;
  bomName: string;
  /** the buyer's party id, or `name:<name>` for a buyer named ad hoc (as the exposure groups customers) */
  buyerKey: string;
  buyerName: string;
  destination: string;
  productLine: string | null;
  /** each line's status as the check recorded it, by line number */
  recorded: ReadonlyMap<number, LineStatus>;
  lines: readonly RawLine[];
  declarations: readonly Declaration[];
  /** the check's context on its own date (asOf), with the buyer's listings in the list in force */
  ctx: CheckContext;
  /** the buyer's listings in another list version, when the replay changes the list too */
  replayListings?: readonly BuyerListing[];
  /** the regulation's tables in force on the rule date (none: the shipped baseline), as ctx carries the check date's */
  replayRegulation?: RegulationVersion;
};

export type LineOutcome = { status: LineStatus; eccn: string | null; ruleId: string; citation: string; reason: string };

export type LineChange = {
  determinationId: string;
  bomId: string;
  bomName: string;
  buyerKey: string;
  buyerName: string;
  destination: string;
  productLine: string | null;
  lineNo: number;
  part: string;
  from: LineOutcome;
  to: LineOutcome;
  /** the status the check recorded, when it differs from the baseline run (the facts moved since the check) */
  recordedDiffers: LineStatus | null;
  /** quantity x unit price in minor units of `currency`; null when the line has no price */
  valueMinor: number | null;
  currency: string | null;
};

export type CheckReplay = { linesCompared: number; changes: LineChange[]; recordedDiffers: number };

/** Stricter first: a change towards a higher rank makes a line harder to ship. */
export const statusSeverity: Record<LineStatus, number> = {
  blocked: 4,
  licence_required: 3,
  needs_classification: 2,
  authorised: 1,
  nlr: 0,
};

export const isStricter = (c: Pick<LineChange, "from" | "to">) =>
  statusSeverity[c.to.status] > statusSeverity[c.from.status];

export function replayCheck(check: ReplayCheck, parts: readonly CataloguePart[], ruleDate: string): CheckReplay {
  const shipped = check.lines.filter((l) => !l.dnp);
  // the catalogue's ECCN is worked out on each run's date: a chip's class follows the thresholds in force
  const baseFacts = shipped.map((l) => lineFacts(l, parts, check.ctx.asOf, check.declarations));
  const replayFacts = shipped.map((l) => lineFacts(l, parts, ruleDate, check.declarations));
  const before = determineLines(baseFacts, check.ctx);
  const { regulation: _checkDate, ...pinned } = pinToRuleDate(check.ctx, ruleDate, check.replayListings);
  const after = determineLines(replayFacts, {
    ...pinned,
    ...(check.replayRegulation ? { regulation: check.replayRegulation } : {}),
  });
  const changes: LineChange[] = [];
  let recordedDiffers = 0;
  for (let i = 0; i < shipped.length; i++) {
    const f = baseFacts[i]!;
    const b = before[i]!;
    const a = after[i]!;
    const recorded = check.recorded.get(f.lineNo) ?? null;
    const differs = recorded !== null && recorded !== b.status;
    if (differs) recordedDiffers++;
    if (a.status === b.status) continue;
    changes.push({
      determinationId: check.determinationId,
      bomId: check.bomId,
      bomName: check.bomName,
      buyerKey: check.buyerKey,
      buyerName: check.buyerName,
      destination: check.destination,
      productLine: check.productLine,
      lineNo: f.lineNo,
      part: partLabel(f.catalogueMatch?.part, f),
      from: { status: b.status, eccn: b.eccn, ruleId: b.ruleId, citation: b.citation, reason: b.reason },
      to: { status: a.status, eccn: a.eccn, ruleId: a.ruleId, citation: a.citation, reason: a.reason },
      recordedDiffers: differs ? recorded : null,
      valueMinor: f.valueMinor,
      currency: f.valueMinor == null ? null : (f.currency ?? "USD"),
    });
  }
  return { linesCompared: shipped.length, changes, recordedDiffers };
}
