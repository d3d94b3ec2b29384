// Screening results as the API, the CLI and exports give them: one object per input name with its status and
// matches, each match carrying its explanation and the list version it came from.
import type { Explanation, Hit, ListRef, ScreeningResult, ScreeningStatus } from "./types";

export type ReportedMatch = {
  name: string;
  source: string;
  score: number;
  band: Hit["band"];
  matchedAlias: string;
  countries: string[];
  explanation: Explanation;
  listVersion: ListRef;
};
export type ReportedResult = { input: string; status: ScreeningStatus; matches: ReportedMatch[] };

export function toReport(r: ScreeningResult): ReportedResult {
  return {
    input: r.input,
    status: r.status,
    matches: r.hits.map((h) => ({
      name: h.listedName,
      source: h.sourceCode,
      score: h.score,
      band: h.band,
      matchedAlias: h.explanation.matchedName,
      countries: h.countries,
      explanation: h.explanation,
      listVersion: h.explanation.listVersion,
    })),
  };
}

/** One line of plain words explaining a match, for tables and CSV exports. */
export function explanationText(e: Explanation): string {
  const tokens = e.tokens
    .map((t) =>
      t.listed
        ? `${t.query}${t.listed === t.query ? "" : `~${t.listed}`} +${t.contribution}`
        : `${t.query} (unmatched)`,
    )
    .join(", ");
  const evidence = [e.country?.note, e.address?.note].filter(Boolean).join("; ");
  return `matched "${e.matchedName}" (${e.matchedKind}): ${tokens}${e.unmatchedListed.length ? `; listed words not in the name: ${e.unmatchedListed.map((t) => t.token).join(", ")}` : ""}${evidence ? `; ${evidence}` : ""}; name score ${e.nameScore}; thresholds match ${e.thresholds.match}, review ${e.thresholds.review}; ${e.reasons.join("; ")}; list ${e.listVersion.label}${e.listVersion.publishedOn ? ` (${e.listVersion.publishedOn})` : ""}`;
}
