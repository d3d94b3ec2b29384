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
  // a numbered note, "(1) See § 744.17 ...", reads as the note itself
  const trimmed = text.trim().replace(/^\(\d+\)\s*/, "");
  // a pointer to another section's requirements ("See § 744.17 of the EAR for additional license requirements
  // for microprocessors ..."): part 744's end-use and end-user controls, which are rules of their own
  const pointer = /^See § (7\d{2}\.\d+)/.exec(trimmed);
  if (pointer) return { reason: "See", appliesTo: "entire entry", where: trimmed, citation: pointer[1]! };
  // "NP applies, unless a License Exception is available. See § 742.3(b) ...": a note on the column the entry's
  // chart line already names, not a requirement of its own
  const note =
    /^([A-Z]{2}) applies, unless a License Exception is available\b.*?(7\d{2}\.\d+(?:\([a-z0-9]+\))*)?/s.exec(trimmed);
  if (note) return { reason: note[1]!, appliesTo: "entire entry", where: "note", citation: note[2] ?? "" };
  // the baseline writes "=>"; the eCFR's table cell reads "<reason> applies to <scope>: <where>"
  const m = /^(.+?) appl(?:ies|y) to (.+?)\s*(?:=>|:(?=\s))\s*(.+)$/s.exec(trimmed);
  if (!m) return null;
  const appliesTo = m[2]!
    .replace(/^items controlled by /i, "")
    .replace(/\.+$/, "")
    .trim();
  const tail = m[3]!.trim();
  const short = /^([^;§]+); ([\d.()a-z, -]+)$/i.exec(tail);
  if (short) return { reason: m[1]!, appliesTo, where: short[1]!.trim(), citation: short[2]!.trim() };
  const sections = [...tail.matchAll(/\b7\d{2}\.\d+(?:\([a-z0-9]+\))*/gi)].map((x) => x[0]);
  return { reason: m[1]!, appliesTo, where: tail, citation: [...new Set(sections)].join(", ") };
}

/**
 * What a requirement means for a destination: "licence" (it reaches it), "none", or a rule elsewhere decides:
 * "advanced-computing" (the 742.6(a)(6)(iii) .z/3A090 lines: lib/rules' advanced-computing rule),
 * "russia-belarus" (746.8), "un" (the UN arms embargoes of 746.1(b): not modelled per destination),
 * "unread" (a line this cannot read: the rule fails closed on it). A "See § 744.x" pointer reaches nothing here:
 * part 744's end-use and end-user controls are rules of their own (744.17's microprocessors are not modelled:
 * README, Regulation coverage).
 */
export type Reach = "licence" | "none" | "advanced-computing" | "russia-belarus" | "un" | "unread";

/**
 * Does a line the reader cannot place impose a licence requirement? The CCL's License Requirements also carry
 * notes ("Typically commercially available GPS ... are classified as 7A994"): those add nothing and are passed
 * over; a line that says a licence is required and is not understood makes the rule fail closed.
 */
export const statesARequirement = (text: string) => /\blicen[cs]e (is |are )?required\b|\bapplies to\b/i.test(text);

/** Destinations CCL requirement lines name in words ("to North Korea", "China, Russia, or Venezuela"). */
const namedDestinations: [RegExp, string][] = [
  [/\bnorth korea\b/, "KP"],
  [/\biraq\b/, "IQ"],
  [/\bchina\b/, "CN"],
  [/\brussia\b/, "RU"],
  [/\bvenezuela\b/, "VE"],
  [/\biran\b/, "IR"],
  [/\bsyria\b/, "SY"],
  [/\bcuba\b/, "CU"],
  [/\bbelarus\b/, "BY"],
];

export function requirementReach(
  req: OtherRequirement,
  destination: string,
  inD5: (country: string) => boolean,
  /** where the item ships from: some lines reach only exports from Macau or D:5 */
  shipFrom = "US",
): Reach {
  if (req.where === "note") return "none";
  if (/742\.6\(a\)\(6\)\(iii\)/.test(req.citation)) return "advanced-computing";
  // part 744's end-use and end-user controls are the rules' own (lib/rules); a pointer adds no chart requirement
  if (req.reason === "See" && /^744\./.test(req.citation)) return "none";
  const where = req.where.toLowerCase();
  // "... when exported from Macau or a destination specified in Country Group D:5: Worldwide" (3E001's 3A090 line)
  if (
    /when exported from macau or a destination specified in country group d:5/.test(
      `${req.appliesTo} ${where}`.toLowerCase(),
    )
  )
    return shipFrom === "MO" || inD5(shipFrom) ? "licence" : "none";
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
  const named = /country group/.test(where) ? [] : namedDestinations.filter(([re]) => re.test(where)).map(([, c]) => c);
  if (named.length) return named.includes(destination) ? "licence" : "none";
  return "unread";
}

export const requirementScope = (req: OtherRequirement, eccn: string): ScopeAnswer => scopeCovers(req.appliesTo, eccn);
