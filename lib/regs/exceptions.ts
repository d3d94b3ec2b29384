// Licence exceptions (15 CFR part 740) that may apply to a line that needs a licence, each with the conditions it
// rests on in words. Never an authorisation: the line's status stays what the rules decided (a licence on file
// still turns "required" into "authorised"); these tell the compliance officer what to check before relying on
// one. Only the requirements an exception can lift are considered: the Country Chart (LVS, GBS, ENC, TMP), the
// advanced-computing rule (NAC/ACA) and the Syria embargo (SPP). A line that also needs a licence for a listed
// party, a Russia/Belarus rule or anything else gets none (740.2(a): the restrictions on all licence exceptions;
// 744.15(b): none for a buyer on the Unverified List).
import { paragraphRefs, splitEccn } from "./chart-scope";
import { chartRowFor } from "./chart-check";
import type { CclEntry, RegulationVersion } from "./types";

export type ExceptionHint = { symbol: string; citation: string; conditions: string };

/** What the exceptions read of a determination: the licence findings, facts of the line and the check. */
export type ExceptionFacts = {
  eccn: string | null;
  asOf: string;
  destination: string;
  /** rule ids of the findings that require a licence */
  licenceRules: string[];
  /** a flag from the Unverified List rule */
  unverified: boolean;
  /** D:5 or Macau for the destination, and the buyer's headquarters in D:5 or Macau, on the check's date */
  destinationD5OrMacau: boolean;
  headquartersD5OrMacau: boolean;
  /** E:1 or E:2 on the check's date */
  embargoed: boolean;
};

/** Dates the exceptions exist from (sources in data/regs/SOURCES.md and below). */
export const exceptionDates = {
  // 88 FR 73458 created NAC in 740.8, effective 2023-11-17 (rule-dates.ts)
  nac: "2023-11-17",
  // 89 FR 23876 (2024-04-04) split 740.8 into NAC (with notification: Macau, D:5 and entities headquartered there)
  // and ACA (no notification: D:1/D:4 destinations): "This rule revises the header of § 740.8 to reference License
  // Exception ACA in addition to License Exception NAC" (CBP CSMS # 61882672, https://tradelawdaily.com/source/934032)
  aca: "2024-04-04",
  // 90 FR 42315, "effective September 2, 2025": 740.5 SPP, EAR99 items to Syria (https://frtracker.app/fr/2025-16724,
  // https://lexbuild.dev/ecfr/title-15/chapter-VII/part-740/section-740.5 : "[90 FR 42320, Sept. 2, 2025]")
  spp: "2025-09-02",
} as const;

const liftable = new Set(["ccl-chart", "advanced-computing", "embargo"]);
const section = (reg: RegulationVersion, symbol: string) =>
  reg.licenceExceptions.find((e) => e.symbols.includes(symbol))?.section ?? null;
const restrictions = "and none of the restrictions on all licence exceptions in 740.2 applies";

/**
 * Does the entry's LVS or GBS text reach the line's paragraph? It reads "$5000 for 5A001.b.1, .b.2", "Yes, for
 * 4A003.g", "N/A for 4A003.b, c, and z" and "$500, except 3B001.a.4, c" per clause: a paragraph named under N/A or
 * "except" is out, and where the text names the paragraphs it covers, only those are in. A line without a
 * paragraph is kept (the conditions quote the entry's words).
 */
export function entryTextReaches(text: string, eccn: string): boolean {
  const { base, para } = splitEccn(eccn);
  const within = (refs: string[]) => refs.some((r) => r.split(".").every((x, i) => x === para[i]));
  let listed: string[] | null = null;
  for (const clause of text.split(";").map((c) => c.trim())) {
    if (/^N\/A\b/i.test(clause)) {
      const m = /^N\/A for (.*)$/i.exec(clause);
      if (!m) return !/^N\/A$/i.test(clause) || false;
      if (para.length && within(paragraphRefs(m[1]!, base).include)) return false;
      continue;
    }
    const except = /\bexcept\b(.*)$/i.exec(clause);
    if (except && para.length && within(paragraphRefs(except[1]!, base).include)) return false;
    const named = /^(?:\$[\d,]+|yes,?)\s+for\s+(.*)$/i.exec(clause.replace(/^yes:\s*/i, ""));
    if (named) listed = [...(listed ?? []), ...paragraphRefs(named[1]!, base).include];
  }
  return !listed || !para.length || !listed.length || within(listed);
}

function chartExceptions(entry: CclEntry, inB: boolean, name: string, f: ExceptionFacts, reg: RegulationVersion) {
  const out: ExceptionHint[] = [];
  const add = (symbol: string, conditions: string) => {
    const s = section(reg, symbol);
    if (s) out.push({ symbol, citation: `15 CFR ${s}; ECCN ${entry.eccn} (Supp. No. 1 to part 774)`, conditions });
  };
  const eccn = f.eccn!;
  if (entry.lvs && /\$\s?\d/.test(entry.lvs) && inB && entryTextReaches(entry.lvs, eccn))
    add(
      "LVS",
      `the net value of the shipment of items in ECCN ${entry.eccn} is within the entry's LVS value ("${entry.lvs}") (740.3), ${name} is in Country Group B, ${restrictions}`,
    );
  if (entry.gbs && /^yes/i.test(entry.gbs) && inB && entryTextReaches(entry.gbs, eccn))
    add(
      "GBS",
      `the item is within what the entry makes GBS-eligible ("${entry.gbs}"), ${name} is in Country Group B (740.4), ${restrictions}`,
    );
  if (entry.otherExceptions.some((x) => x.symbol === "ENC") && !f.embargoed)
    add(
      "ENC",
      `the item meets 740.17 for its kind: mass-market or "less sensitive" items after the self-classification report or classification request 740.17(b) requires, to any end user in the Supp. No. 3 to part 740 countries and to non-"government end users" elsewhere (more sensitive items in 740.17(b)(2)-(b)(3) need BIS's classification first, and some may not go to government end users outside Supp. No. 3); never to Country Group E:1/E:2 (740.17, 740.2), ${restrictions}`,
    );
  add(
    "TMP",
    `the export is temporary and of a kind 740.9(a) lists (tools of the trade, exhibition or demonstration, items for inspection, testing or repair, and the like), the items return to the US within one year (or are disposed of as 740.9 allows) and stay under the exporter's effective control where 740.9 requires it, ${restrictions}`,
  );
  return out;
}

export function licenceExceptionsFor(f: ExceptionFacts, reg: RegulationVersion): ExceptionHint[] {
  if (!f.licenceRules.length || f.unverified || f.licenceRules.some((r) => !liftable.has(r))) return [];
  const out: ExceptionHint[] = [];
  const eccn = f.eccn;
  if (f.licenceRules.includes("ccl-chart") && eccn) {
    const entry = reg.ccl[splitEccn(eccn).base];
    const row = reg.countryChart.rows[chartRowFor[f.destination] ?? f.destination];
    if (entry && row) {
      const inB = (reg.countryGroups.B ?? []).includes(row.country);
      out.push(...chartExceptions(entry, inB, row.name, f, reg));
    }
  }
  if (f.licenceRules.includes("advanced-computing") && eccn && f.asOf >= exceptionDates.nac) {
    const s = section(reg, "NAC");
    const datacenter = /^3A090\.a/i.test(eccn)
      ? `the item is not designed or marketed for use in a data centre while meeting 3A090.a (740.8(a) leaves those out), `
      : "";
    if (s && (f.destinationD5OrMacau || f.headquartersD5OrMacau || f.asOf < exceptionDates.aca))
      out.push({
        symbol: "NAC",
        citation: `15 CFR ${s}(a)(2)`,
        conditions: `${datacenter}BIS has been notified under 740.8(a)(2) before the export (25 days, with the item's TPP, performance density and data sheet) and has not objected${f.destinationD5OrMacau || f.headquartersD5OrMacau ? " (required for Macau, D:5 and entities headquartered there)" : ""}, ${restrictions}`,
      });
    else if (s)
      out.push({
        symbol: "ACA",
        citation: `15 CFR ${s}`,
        conditions: `${datacenter}the destination is in D:1 or D:4 but not Macau or D:5, the buyer is not headquartered (nor its ultimate parent) in Macau or D:5, and the conditions of 740.8 are met (no notification needed), ${restrictions}`,
      });
  }
  if (f.licenceRules.includes("embargo") && f.destination === "SY" && f.asOf >= exceptionDates.spp) {
    const s = section(reg, "SPP");
    if (s && (!eccn || eccn.toUpperCase() === "EAR99"))
      out.push({
        symbol: "SPP",
        citation: `15 CFR ${s} (90 FR 42315, from 2025-09-02)`,
        conditions: `${eccn ? "" : "the line has no ECCN: it must be classified EAR99 first; "}the item is EAR99 and no part 744 end-use or end-user licence requirement applies, including 744.8 (persons on OFAC's SDN list with the identifiers of 744.8(a)(1)) unless OFAC authorises it (740.5(b))`,
      });
  }
  return out;
}
