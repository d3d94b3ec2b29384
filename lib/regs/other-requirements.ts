// The CCL's licence requirements that are not a Country Chart column (the "=> To or within Macau or D:5", "=>
// Worldwide control", "=> Refer to § 742.15" lines of an entry's License Requirements). The baseline keeps each
// as one line, "<reason> applies to <scope> => <where>; <sections>" (data/regs/SOURCES.md); this reads it and says
// whether it reaches a destination. Pure: the Country Group test is passed in.
import { scopeCovers, type ScopeAnswer } from "./chart-scope";

export type OtherRequirement = { reason: string; appliesTo: string; where: string; citation: string };

export function parseOtherRequirement(text: string): OtherRequirement | null {
  const m = /^(.+?) appl(?:ies|y) to (.+?) => (.+?); (.+)$/.exec(text.trim());
  return m ? { reason: m[1]!, appliesTo: m[2]!, where: m[3]!, citation: m[4]! } : null;
}

/**
 * What a requirement means for a destination: "licence" (it reaches it), "none", or a rule elsewhere decides:
 * "advanced-computing" (the 742.6(a)(6)(iii) .z/3A090 lines: lib/rules' advanced-computing rule),
 * "russia-belarus" (746.8), "un" (the UN arms embargoes of 746.1(b): not modelled per destination),
 * "unread" (a line this cannot read: the rule fails closed on it).
 */
export type Reach = "licence" | "none" | "advanced-computing" | "russia-belarus" | "un" | "unread";

export function requirementReach(
  req: OtherRequirement,
  destination: string,
  inD5: (country: string) => boolean,
): Reach {
  if (/742\.6\(a\)\(6\)\(iii\)/.test(req.citation)) return "advanced-computing";
  const where = req.where.toLowerCase();
  if (where.startsWith("russia")) return "russia-belarus";
  if (where.startsWith("un ")) return "un";
  if (where === "worldwide" || where === "all destinations") return "licence";
  if (where === "all destinations except canada") return destination === "CA" ? "none" : "licence";
  if (where === "macau, d:5") return destination === "MO" || inD5(destination) ? "licence" : "none";
  if (where === "pakistan") return destination === "PK" ? "licence" : "none";
  return "unread";
}

export const requirementScope = (req: OtherRequirement, eccn: string): ScopeAnswer => scopeCovers(req.appliesTo, eccn);
