// A determination as the CLI and API give it: the buyer's screening, one object per line, the summary.
import type { ReportedResult } from "../screening/report";
import type { BomSummary } from "./determine";
import type { ExceptionHint } from "../regs/exceptions";
import { policyLabels, type LineFacts, type LineResult } from "./types";

export type ReportedLine = {
  line: number;
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  eccn: string | null;
  eccnSource: string | null;
  status: LineResult["status"];
  ruleId: string;
  citation: string;
  reason: string;
  /** how a licence application would be reviewed (presumption of denial, case-by-case, ...): null when none is needed */
  policy: string | null;
  assumptions: string[];
  licence: string | null;
  /** licence exceptions that may apply, "if" their conditions hold; never an authorisation (lib/regs/exceptions.ts) */
  exceptions: ExceptionHint[];
};

export function reportLine(r: LineResult & { facts: LineFacts }): ReportedLine {
  return {
    line: r.lineNo,
    manufacturer: r.facts.manufacturer,
    mpn: r.facts.mpn,
    description: r.facts.description,
    eccn: r.eccn,
    eccnSource: r.facts.eccnSource,
    status: r.status,
    ruleId: r.ruleId,
    citation: r.citation,
    reason: r.reason,
    policy: r.policy ? policyLabels[r.policy] : null,
    assumptions: r.assumptions,
    licence: r.licence,
    exceptions: r.exceptions ?? [],
  };
}

export type DeterminationReport = {
  buyer: ReportedResult & { hqCountry: string | null };
  context: { asOf: string; destination: string; shipFrom: string };
  ruleSet: { id: string; label: string };
  listVersion: { id: string; label: string; publishedOn: string | null } | null;
  lines: ReportedLine[];
  summary: BomSummary;
};
