// Is the item subject to the EAR (15 CFR 734.3)? Items in or shipped from the United States; US-origin items
// wherever located; foreign-made items with more than de minimis US content (734.4: 25 %, 10 % for the
// embargoed destinations of 734.4(c)); foreign-made items captured by a foreign direct product rule marked
// on the buyer's Entity List entry (734.9(e) footnotes 1, 4, 5; 734.9(g) footnote 3) or by the advanced-computing
// FDP rule (734.9(h)): fdp.ts. Missing origin data is stated as an assumption and the item treated as subject:
// never assumed away.
import { inGroup } from "./country-groups";
import { foreignDirectProduct, supercomputerAssumption } from "./fdp";
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
  const fdp = line.countryOfOrigin == null ? null : foreignDirectProduct(line, ctx);
  if (fdp) return { subject: true, citation: fdp.citation, reason: fdp.reason, assumptions: fdp.assumptions };
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
    reason: `foreign-made (${line.countryOfOrigin}) with ${line.usContentPct} % US content, at or below the ${deMinimis} % de minimis level${line.usTechProduct === "no" ? ", and not a direct product of US technology or software" : ""}`,
    assumptions: supercomputerAssumption(
      ctx,
      line.usTechProduct !== "no" && (ctx.destination === "MO" || inGroup(ctx.destination, "D5", ctx.asOf)),
    ),
  };
}
