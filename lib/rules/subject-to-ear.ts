// Is the item subject to the EAR (15 CFR 734.3)? Items in or shipped from the United States; US-origin items
// wherever located; foreign-made items with more than de minimis US content (734.4: 25 %, 10 % for the
// embargoed destinations of 734.4(c)); foreign-made items captured by a foreign direct product rule marked
// on the buyer's Entity List entry (734.9(e), footnotes 1 and 4; 734.9(g), footnote 3). Missing origin data
// is stated as an assumption and the item treated as subject: never assumed away.
import { inGroup } from "./country-groups";
import type { CheckContext, LineFacts } from "./types";

export type Subjectivity = { subject: boolean; citation: string; reason: string; assumptions: string[] };

export function subjectToEar(line: LineFacts, ctx: CheckContext): Subjectivity {
  if (ctx.shipFrom === "US")
    return { subject: true, citation: "15 CFR 734.3(a)(1)", reason: "shipped from the United States", assumptions: [] };
  if (line.countryOfOrigin === "US")
    return {
      subject: true,
      citation: "15 CFR 734.3(a)(2)",
      reason: "US-origin item, wherever located",
      assumptions: [],
    };
  const fdp = ctx.buyer.listings.find((l) => l.sourceCode === "EL" && /[134]/.test(l.footnotes ?? ""));
  if (fdp) {
    return {
      subject: true,
      citation: "15 CFR 734.9(e), (g)",
      reason: `the buyer's Entity List entry carries footnote ${fdp.footnotes}: foreign-made direct products of US technology or software are captured`,
      assumptions: [
        "assumed to be a direct product of US technology or software (most chips are, through US design tools and equipment)",
      ],
    };
  }
  if (line.countryOfOrigin == null) {
    return {
      subject: true,
      citation: "15 CFR 734.3",
      reason: "origin unknown",
      assumptions: ["country of origin not given: treated as subject to the EAR until shown otherwise"],
    };
  }
  const embargoed = inGroup(ctx.destination, "E1", ctx.asOf) || inGroup(ctx.destination, "E2", ctx.asOf);
  const deMinimis = embargoed ? 10 : 25;
  if (line.usContentPct == null) {
    return {
      subject: true,
      citation: "15 CFR 734.4",
      reason: `foreign-made (${line.countryOfOrigin}), US content unknown`,
      assumptions: [`US content not given: treated as above the ${deMinimis} % de minimis level`],
    };
  }
  if (line.usContentPct > deMinimis) {
    return {
      subject: true,
      citation: "15 CFR 734.4",
      reason: `foreign-made (${line.countryOfOrigin}) with ${line.usContentPct} % US content, above the ${deMinimis} % de minimis level`,
      assumptions: [],
    };
  }
  return {
    subject: false,
    citation: "15 CFR 734.4",
    reason: `foreign-made (${line.countryOfOrigin}) with ${line.usContentPct} % US content, at or below the ${deMinimis} % de minimis level`,
    assumptions: [],
  };
}
