// The golden cases (golden-cases.json) run through the determination as one table: a compliance reader can
// review the cases without reading TypeScript. Each case asserts the status, the deciding rule and the
// citations: every reference the determination's citation makes (no more, no fewer) and every Federal Register
// notice it names, checked against the regulation (the sources in the JSON).
import { describe, expect, it } from "vitest";
import golden from "./golden-cases.json";
import { catalogueEccn } from "./catalogue";
import { determineLine } from "./determine";
import type { BuyerListing, CheckContext, LineFacts } from "./types";
import type { Exporter } from "./is-informed";

type Item = {
  description: string;
  eccn?: string | null;
  chip?: { tpp: number; dieArea: number | null; datacenter: boolean };
  countryOfOrigin?: string;
  usContentPct?: number;
  usTechProduct?: "yes" | "no" | "unknown";
};
type Options = {
  shipFrom?: string;
  /** the paragraph of part 734 that makes the item subject to the EAR (or not), asserted when given */
  subjectTo?: string;
  licence?: { eccns: string[]; destination: string | null; validFrom: string; validTo: string | null };
  /** the company running the check (golden.exporters), with its is-informed letters */
  exporter?: string;
  /** the licence exceptions the line lists as "may apply" (symbols, in order), asserted when given */
  exceptions?: string[];
  /** the exception citations, asserted when given (same order) */
  exceptionCitations?: string[];
  /** rule ids of flags (shown, changing nothing) the line must carry, asserted when given; [] asserts none of flagsAbsent */
  flags?: string[];
  /** rule ids of flags the line must not carry */
  flagsAbsent?: string[];
};
type References = { cfr: string[]; fr: string[] };
/** The citations a determination must give; `issue`: what the rules cite today instead, and why that is wrong. */
type Cites = References & {
  sources: string[];
  issue?: References & { why: string };
  /** the regulation's answer needs data the rules do not have yet: what they answer today, and what is missing */
  pending?: References & { status: string; ruleId: string; why: string };
};
type Case = [string, string, string, string, string, string, string, string, Cites, Options?];

/** A buyer; `ultimateParent` stands for what lib/ownership works out from stored ownership (its own tests). */
type Buyer = {
  name: string;
  hq: string | null;
  listings: BuyerListing[];
  ultimateParent?: { name: string; country: string; chain: string };
};
const buyers = golden.buyers as Record<string, Buyer>;
const items = golden.items as Record<string, Item>;
const exporters = golden.exporters as Record<string, Exporter>;

function facts(item: Item, asOf: string): LineFacts {
  const eccn = item.chip
    ? catalogueEccn(
        {
          id: "x",
          manufacturer: "x",
          product: item.description,
          variant: null,
          mpnPattern: null,
          datacenter: item.chip.datacenter,
          tpp: item.chip.tpp,
          dieAreaMm2: item.chip.dieArea,
          eccn: null,
        },
        asOf,
      ).eccn
    : (item.eccn ?? null);
  return {
    lineNo: 1,
    manufacturer: null,
    mpn: null,
    description: item.description,
    quantity: 1,
    valueMinor: null,
    currency: null,
    eccn,
    eccnSource: item.chip ? "catalogue" : item.eccn ? "bom" : null,
    catalogueMatch: null,
    countryOfOrigin: item.countryOfOrigin ?? null,
    usContentPct: item.usContentPct ?? null,
    usTechProduct: item.usTechProduct ?? null,
  };
}

/**
 * The references a determination's citation makes, in one spelling: "15 CFR 744.11, 744.16" gives
 * 15 CFR 744.11 and 15 CFR 744.16; supplements read "15 CFR part 744, Supp. No. 2"; Federal Register notices
 * "88 FR 73458". A citation with a number this cannot place throws, so no reference goes unchecked.
 */
export function citedReferences(citation: string): References {
  const title = /^(\d+) CFR\b/.exec(citation)?.[1];
  if (!title) throw new Error(`no CFR title at the start of "${citation}"`);
  const cfr: string[] = [];
  const fr = [...citation.matchAll(/\b(\d+) FR (\d+)\b/g)].map((m) => `${m[1]} FR ${m[2]}`);
  const add = (...refs: string[]) => {
    cfr.push(...refs.map((r) => `${title} CFR ${r}`));
    return " ";
  };
  const rest = citation
    .replace(/\b\d+ FR \d+\b/g, " ")
    .replace(/^\d+ CFR\b/, " ")
    // the Country Chart rule: "Supp. No. 1 to part 738, NS Column 1" and "ECCN 5A002 (Supp. No. 1 to part 774)"
    .replace(
      /Supp\. No\. (\d+) to part (\d{3}), ([A-Z]{2}) Column (\d)/g,
      (_, n: string, part: string, rc: string, col: string) => add(`part ${part}, Supp. No. ${n}, ${rc} Column ${col}`),
    )
    .replace(
      /ECCN ([0-9][A-E]\d{3}[\w.]*) \(Supp\. No\. (\d+) to part (\d{3})\)/g,
      (_, eccn: string, n: string, part: string) => add(`part ${part}, Supp. No. ${n}, ECCN ${eccn}`),
    )
    .replace(/Supps?\.(?: No\.)? (\d+(?:, \d+)*) to part (\d{3})/g, (_, ns: string, part: string) =>
      add(...ns.split(", ").map((n) => `part ${part}, Supp. No. ${n}`)),
    )
    .replace(/\b(\d{3}), Supp\.(?: No\.)? (\d+), ECCN ([\w.]+)/g, (_, part: string, n: string, eccn: string) =>
      add(`part ${part}, Supp. No. ${n}, ECCN ${eccn}`),
    )
    .replace(/\bpart (\d{3})\b/g, (_, part: string) => add(`part ${part}`))
    .replace(/\bchapter ([IVXLC]+)\b/g, (_, chapter: string) => add(`chapter ${chapter}`))
    .replace(/(?<![\w.])(\d{3}\.\d+(?:\([a-zA-Z0-9]+\))*(?:-\([a-zA-Z0-9]+\))?)/g, (_, section: string) => add(section))
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ");
  if (/\d/.test(rest)) throw new Error(`a reference in "${citation}" was not read: "${rest.trim()}"`);
  return { cfr, fr };
}

const sorted = (xs: string[]) => [...xs].sort();
const frIn = (text: string) => [...new Set([...text.matchAll(/\b\d+ FR \d+\b/g)].map((m) => m[0]))];

function determine(c: Case) {
  const [, buyerKey, destination, asOf, itemKey, , , , , options] = c;
  const buyer = buyers[buyerKey]!;
  const ctx: CheckContext = {
    asOf,
    destination,
    shipFrom: options?.shipFrom ?? "US",
    buyer: {
      name: buyer.name,
      hqCountry: buyer.hq,
      listings: buyer.listings,
      ...(buyer.ultimateParent ? { ownership: { ultimateParent: buyer.ultimateParent, listedOwnership: null } } : {}),
    },
    licences: options?.licence ? [{ number: "D123456", ...options.licence, partyMatches: true }] : [],
    ...(options?.exporter ? { exporter: exporters[options.exporter]! } : {}),
  };
  const r = determineLine(facts(items[itemKey]!, asOf), ctx);
  // what the determination cites: the references of its citation, and every FR notice in it or its reason
  const cited = { cfr: sorted(citedReferences(r.citation).cfr), fr: sorted(frIn(`${r.citation} ${r.reason}`)) };
  return { r, cited };
}

describe("licence determination golden cases", () => {
  const cases = golden.cases as unknown as Case[];
  const sources = golden.sources as Record<string, string>;
  it("has at least 120 cases, each with the regulation it rests on and checked citations", () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    for (const c of cases) {
      expect(c[7], c[0]).toMatch(/\S/);
      expect(c[8].cfr.length, c[0]).toBeGreaterThan(0);
      expect(c[8].sources.length, c[0]).toBeGreaterThan(0);
      for (const s of c[8].sources) expect(sources[s], `${c[0]}: source ${s}`).toMatch(/https?:\/\//);
    }
  });

  it("reads every form of citation the rules write", () => {
    expect(citedReferences("15 CFR 744.11, 744.16")).toEqual({ cfr: ["15 CFR 744.11", "15 CFR 744.16"], fr: [] });
    expect(citedReferences("15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-10-17)")).toEqual({
      cfr: ["15 CFR 742.6(a)(6)(iii)", "15 CFR 742.6(b)(10)"],
      fr: ["88 FR 73458"],
    });
    expect(citedReferences("15 CFR 746.8(a)(2)-(3), Supps. 2, 4, 6 to part 746").cfr).toEqual([
      "15 CFR part 746, Supp. No. 2",
      "15 CFR part 746, Supp. No. 4",
      "15 CFR part 746, Supp. No. 6",
      "15 CFR 746.8(a)(2)-(3)",
    ]);
    expect(citedReferences("15 CFR 774, Supp. 1, ECCN 3A090.c (89 FR 96790, from 2024-12-02)")).toEqual({
      cfr: ["15 CFR part 774, Supp. No. 1, ECCN 3A090.c"],
      fr: ["89 FR 96790"],
    });
    expect(citedReferences("15 CFR part 746 (746.2 Cuba, 746.7 Iran)").cfr).toEqual([
      "15 CFR part 746",
      "15 CFR 746.2",
      "15 CFR 746.7",
    ]);
    expect(citedReferences("31 CFR chapter V (OFAC)").cfr).toEqual(["31 CFR chapter V"]);
    expect(
      citedReferences("15 CFR 738.4(a)(2); Supp. No. 1 to part 738, NS Column 2; ECCN 3A001 (Supp. No. 1 to part 774)")
        .cfr,
    ).toEqual([
      "15 CFR part 738, Supp. No. 1, NS Column 2",
      "15 CFR part 774, Supp. No. 1, ECCN 3A001",
      "15 CFR 738.4(a)(2)",
    ]);
    expect(() => citedReferences("15 CFR 744.11, ECCN 3A090")).toThrow('a reference in "15 CFR 744.11, ECCN 3A090"');
    expect(() => citedReferences("section 744.11")).toThrow("no CFR title");
  });

  const regular = cases.filter((c) => !c[8].issue && !c[8].pending);
  it.each(regular)("%s", (...c) => {
    const [name, , , , , status, ruleId, , cites, options] = c;
    const { r, cited } = determine(c);
    expect({ status: r.status, ruleId: r.ruleId }, r.reason).toEqual({ status, ruleId });
    expect(cited, `${name}: ${r.citation}`).toEqual({ cfr: sorted(cites.cfr), fr: sorted(cites.fr) });
    if (options?.subjectTo) expect(r.subjectTo.citation, `${name}: ${r.subjectTo.reason}`).toBe(options.subjectTo);
    if (options?.exceptions)
      expect(
        (r.exceptions ?? []).map((e) => e.symbol),
        name,
      ).toEqual(options.exceptions);
    if (options?.exceptionCitations)
      expect(
        (r.exceptions ?? []).map((e) => e.citation),
        name,
      ).toEqual(options.exceptionCitations);
    const flags = r.findings.filter((f) => f.effect === "flag").map((f) => f.ruleId);
    if (options?.flags) expect(flags, name).toEqual(expect.arrayContaining(options.flags));
    for (const absent of options?.flagsAbsent ?? []) expect(flags, name).not.toContain(absent);
    // an exception never changes the status: it is listed only beside a licence requirement
    if (r.exceptions?.length) expect(["licence_required", "blocked"], name).toContain(r.status);
  });

  // Rows the rules cite wrongly (none at present): the citation given instead is asserted so any change shows;
  // the row's cfr/fr stay the regulation's answer, for whoever corrects the rule.
  const wrong = cases.filter((c) => c[8].issue);
  it.each(wrong)("%s (citation known wrong, see the row's issue)", (...c) => {
    const [name, , , , , status, ruleId, , cites] = c;
    const { r, cited } = determine(c);
    console.log(`golden: "${name}" cites ${r.citation}; the regulation: ${cites.cfr.join(", ")}: ${cites.issue!.why}`);
    expect({ status: r.status, ruleId: r.ruleId }, r.reason).toEqual({ status, ruleId });
    expect(cited, `${name}: ${r.citation}`).toEqual({ cfr: sorted(cites.issue!.cfr), fr: sorted(cites.issue!.fr) });
    expect(cited).not.toEqual({ cfr: sorted(cites.cfr), fr: sorted(cites.fr) });
  });

  // Rows whose regulation answer needs data the rules lack (see the row's pending.why): today's answer is asserted,
  // so the row fails when the data arrives and is then moved to the regulation's answer it already states.
  const pending = cases.filter((c) => c[8].pending);
  it.each(pending)("%s (pending data, see the row's pending)", (...c) => {
    const [name, , , , , status, ruleId, , cites] = c;
    const p = cites.pending!;
    const { r, cited } = determine(c);
    console.log(`golden: "${name}" answers ${r.status}; the regulation: ${status} (${ruleId}): ${p.why}`);
    expect({ status: r.status, ruleId: r.ruleId }, r.reason).toEqual({ status: p.status, ruleId: p.ruleId });
    expect(cited, `${name}: ${r.citation}`).toEqual({ cfr: sorted(p.cfr), fr: sorted(p.fr) });
  });
});
