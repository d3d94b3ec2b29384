// What changed between two versions of the regulation's tables, and whether the new one looks like the same
// regulation at all. A changed row of the Country Chart or a changed reason of an ECCN is an ordinary
// amendment; a table that shrinks by more than a tenth, loses a column or a Country Group, or comes back empty
// is far more likely a change in the eCFR's XML (or a broken download) than a rule, so it is quarantined for a
// person to look at rather than put in force.
import type { ParseIssue } from "./ecfr-parts";
import type { CclEntry, ChartColumn, ChartRow, RegulationVersion } from "./types";

export type ChartRowChange = {
  country: string;
  marksAdded: ChartColumn[];
  marksRemoved: ChartColumn[];
  footnotes?: { before: string[]; after: string[] };
  pointer?: { before: string | null; after: string | null };
};
export type CclChange = {
  eccn: string;
  /** "NS1: entire entry" */
  reasonsAdded: string[];
  reasonsRemoved: string[];
  /** heading, other requirements or list-based exceptions changed (text) */
  textChanged: string[];
};
export type GroupChange = { group: string; added: string[]; removed: string[] };

export type RegulationDiff = {
  chart: { added: string[]; removed: string[]; changed: ChartRowChange[] };
  ccl: { added: string[]; removed: string[]; changed: CclChange[] };
  licenceExceptions: { added: string[]; removed: string[] };
  countryGroups: { added: string[]; removed: string[]; changed: GroupChange[] };
};

const minus = <T>(a: readonly T[], b: readonly T[]) => a.filter((x) => !b.includes(x));
const keys = (o: object) => Object.keys(o).sort();
/** JSON with object keys sorted: a version read back from PostgreSQL's jsonb has its keys in another order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function chartRowChange(before: ChartRow, after: ChartRow): ChartRowChange | null {
  const change: ChartRowChange = {
    country: after.country,
    marksAdded: minus(after.marks, before.marks),
    marksRemoved: minus(before.marks, after.marks),
  };
  if (!same(before.footnotes, after.footnotes)) change.footnotes = { before: before.footnotes, after: after.footnotes };
  if (before.pointer !== after.pointer) change.pointer = { before: before.pointer, after: after.pointer };
  const changed = change.marksAdded.length || change.marksRemoved.length || change.footnotes || change.pointer;
  return changed ? change : null;
}

const reasonLines = (e: CclEntry) => e.reasons.map((r) => `${r.column}: ${r.appliesTo}`);

function cclChange(before: CclEntry, after: CclEntry): CclChange | null {
  const textChanged = (["heading", "otherRequirements", "lvs", "gbs", "otherExceptions"] as const).filter(
    (k) => !same(before[k], after[k]),
  );
  const change: CclChange = {
    eccn: after.eccn,
    reasonsAdded: minus(reasonLines(after), reasonLines(before)),
    reasonsRemoved: minus(reasonLines(before), reasonLines(after)),
    textChanged,
  };
  return change.reasonsAdded.length || change.reasonsRemoved.length || textChanged.length ? change : null;
}

const exceptionKey = (e: RegulationVersion["licenceExceptions"][number]) => `${e.symbols.join("/")} (${e.section})`;

export function diffRegulations(before: RegulationVersion, after: RegulationVersion): RegulationDiff {
  const rowsB = before.countryChart.rows;
  const rowsA = after.countryChart.rows;
  const exB = before.licenceExceptions.map(exceptionKey);
  const exA = after.licenceExceptions.map(exceptionKey);
  return {
    chart: {
      added: minus(keys(rowsA), keys(rowsB)),
      removed: minus(keys(rowsB), keys(rowsA)),
      changed: keys(rowsA)
        .filter((c) => rowsB[c])
        .flatMap((c) => chartRowChange(rowsB[c]!, rowsA[c]!) ?? []),
    },
    ccl: {
      added: minus(keys(after.ccl), keys(before.ccl)),
      removed: minus(keys(before.ccl), keys(after.ccl)),
      changed: keys(after.ccl)
        .filter((e) => before.ccl[e])
        .flatMap((e) => cclChange(before.ccl[e]!, after.ccl[e]!) ?? []),
    },
    licenceExceptions: { added: minus(exA, exB), removed: minus(exB, exA) },
    countryGroups: {
      added: minus(keys(after.countryGroups), keys(before.countryGroups)),
      removed: minus(keys(before.countryGroups), keys(after.countryGroups)),
      changed: keys(after.countryGroups)
        .filter((g) => before.countryGroups[g])
        .flatMap((g) => {
          const added = minus(after.countryGroups[g]!, before.countryGroups[g]!);
          const removed = minus(before.countryGroups[g]!, after.countryGroups[g]!);
          return added.length || removed.length ? [{ group: g, added, removed }] : [];
        }),
    },
  };
}

export function isEmptyDiff(d: RegulationDiff): boolean {
  return (
    [d.chart, d.ccl, d.countryGroups].every((t) => !t.added.length && !t.removed.length && !t.changed.length) &&
    !d.licenceExceptions.added.length &&
    !d.licenceExceptions.removed.length
  );
}

const list = (xs: string[], max = 12) =>
  xs.length > max ? `${xs.slice(0, max).join(", ")} and ${xs.length - max} more` : xs.join(", ");

/** The diff in lines a person reads (the CLI prints them; the version row keeps them). */
export function describeDiff(d: RegulationDiff): string[] {
  const out: string[] = [];
  if (d.chart.added.length) out.push(`Country Chart rows added: ${list(d.chart.added)}`);
  if (d.chart.removed.length) out.push(`Country Chart rows removed: ${list(d.chart.removed)}`);
  for (const c of d.chart.changed) {
    const parts = [
      c.marksAdded.length ? `X added in ${c.marksAdded.join(", ")}` : "",
      c.marksRemoved.length ? `X removed from ${c.marksRemoved.join(", ")}` : "",
      c.footnotes
        ? `footnotes ${c.footnotes.before.join(" ") || "none"} -> ${c.footnotes.after.join(" ") || "none"}`
        : "",
      c.pointer ? `pointer ${c.pointer.after ? `now "${c.pointer.after}"` : "removed"}` : "",
    ].filter(Boolean);
    out.push(`Country Chart ${c.country}: ${parts.join("; ")}`);
  }
  if (d.ccl.added.length) out.push(`ECCNs added: ${list(d.ccl.added)}`);
  if (d.ccl.removed.length) out.push(`ECCNs removed: ${list(d.ccl.removed)}`);
  for (const c of d.ccl.changed) {
    const parts = [
      c.reasonsAdded.length ? `reasons added: ${c.reasonsAdded.join("; ")}` : "",
      c.reasonsRemoved.length ? `reasons removed: ${c.reasonsRemoved.join("; ")}` : "",
      c.textChanged.length ? `text changed: ${c.textChanged.join(", ")}` : "",
    ].filter(Boolean);
    out.push(`${c.eccn}: ${parts.join("; ")}`);
  }
  if (d.licenceExceptions.added.length) out.push(`licence exceptions added: ${list(d.licenceExceptions.added)}`);
  if (d.licenceExceptions.removed.length) out.push(`licence exceptions removed: ${list(d.licenceExceptions.removed)}`);
  if (d.countryGroups.added.length) out.push(`Country Groups added: ${list(d.countryGroups.added)}`);
  if (d.countryGroups.removed.length) out.push(`Country Groups removed: ${list(d.countryGroups.removed)}`);
  for (const g of d.countryGroups.changed)
    out.push(
      `Country Group ${g.group}: ${[g.added.length ? `added ${g.added.join(", ")}` : "", g.removed.length ? `removed ${g.removed.join(", ")}` : ""].filter(Boolean).join("; ")}`,
    );
  return out;
}

/** A table may lose at most this share of its rows between two versions before the new one is quarantined. */
export const MAX_DROP = 0.1;

/**
 * Why a parsed version should be quarantined rather than put in force: the parse's own structural issues, an
 * empty table, a table shrinking by more than MAX_DROP against the version before, a Country Group gone.
 */
export function structuralProblems(
  next: RegulationVersion,
  previous: RegulationVersion | null,
  issues: ParseIssue[] = [],
): string[] {
  const problems = issues.map((i) => `part ${i.part}: ${i.message}`);
  const sizes = (v: RegulationVersion) => ({
    "Country Chart rows": Object.keys(v.countryChart.rows).length,
    "CCL entries": Object.keys(v.ccl).length,
    "licence exceptions": v.licenceExceptions.length,
    "Country Groups": Object.keys(v.countryGroups).length,
  });
  const now = sizes(next);
  for (const [table, n] of Object.entries(now)) if (n === 0) problems.push(`${table}: none parsed (an empty table)`);
  if (previous) {
    const before = sizes(previous);
    for (const [table, n] of Object.entries(now) as [keyof typeof now, number][]) {
      const was = before[table];
      if (n > 0 && was > 0 && (was - n) / was > MAX_DROP)
        problems.push(`${table}: ${n} against ${was} in ${previous.id} (a drop of more than ${MAX_DROP * 100} %)`);
    }
    const gone = minus(keys(previous.countryGroups), keys(next.countryGroups));
    if (gone.length && now["Country Groups"] > 0) problems.push(`Country Groups missing: ${gone.join(", ")}`);
  }
  return problems;
}
