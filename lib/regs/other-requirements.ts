// The CCL's licence requirements that are not a Country Chart column (the "=> To or within Macau or D:5", "=>
// Worldwide control", "=> Refer to § 742.15" lines of an entry's License Requirements). The baseline keeps each
// as one line, "<reason> applies to <scope> => <where>; <sections>" (data/regs/SOURCES.md); this reads it and says
// whether it reaches a destination. Pure: the Country Group test is passed in.
import { scopeCovers, type ScopeAnswer } from "./chart-scope";

export type OtherRequirement = { reason: string; appliesTo: string; where: string; citation: string };

/**
 * Reads the baseline's form ("... => Macau, D:5; 742.4(a)(4)") and the CCL's own words as an eCFR version carries
 * them ("... => To or within Macau or a destination specified in Country Group D:5 ... See § 742.4(a)(4) of the EAR.").
 */
export function parseOtherRequirement(text: string): OtherRequirement | null {
  const m = /^(.+?) appl(?:ies|y) to (.+?)\s*=>\s*(.+)$/s.exec(text.trim());
  if (!m) return null;
  const tail = m[3]!.trim();
  const short = /^([^;§]+); ([\d.()a-z, -]+)$/i.exec(tail);
  if (short) return { reason: m[1]!, appliesTo: m[2]!, where: short[1]!.trim(), citation: short[2]!.trim() };
  const sections = [...tail.matchAll(/\b7\d{2}\.\d+(?:\([a-z0-9]+\))*/gi)].map((x) => x[0]);
  return { reason: m[1]!, appliesTo: m[2]!, where: tail, citation: [...new Set(sections)].join(", ") };
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
  if (where.startsWith("russia") || /^746\.8\b/.test(req.citation)) return "russia-belarus";
  if (where.startsWith("un ") || /\bun controls\b/.test(where) || /^746\.1\b/.test(req.citation)) return "un";
  // EI: "a license is required for all destinations, except Canada" (742.15(a))
  if (where === "all destinations except canada" || (/^742\.15\b/.test(req.citation) && /refer to/.test(where)))
    return destination === "CA" ? "none" : "licence";
  if (where === "worldwide" || where === "all destinations" || /worldwide|all destinations/.test(where))
    return "licence";
  if (where === "macau, d:5" || /macau or a destination specified in country group d:5/.test(where))
    return destination === "MO" || inD5(destination) ? "licence" : "none";
  if (where === "pakistan" || /\bpakistan\b/.test(where)) return destination === "PK" ? "licence" : "none";
  return "unread";
}

export const requirementScope = (req: OtherRequirement, eccn: string): ScopeAnswer => scopeCovers(req.appliesTo, eccn);
