// The x98x ECCNs are not anti-terrorism only: they are controlled for crime control (CC, 15 CFR 742.7) or
// surreptitious listening (SL, 742.13). Their License Requirements as read in 15 CFR part 774, Supp. No. 1, in
// the eCFR of 2026-07-23 (../shared/reference/sourcing/regs): earlier versions of these entries are not checked
// here, so the table is applied on every date.
//   0A981 "CC applies to entire entry. A license is required for ALL destinations regardless of end-use."
//   0A982 "A license is required for ALL destinations, except Canada, regardless of end-use." (0E982 likewise)
//   0A983 "A license is required for ALL destinations, regardless of end-use."
//   0A977-0A979, 1A984, 1A985, 3A980, 3A981, 3D980, 3E980, 4A980, 4D980, 4E980, 9A980 "CC applies to entire
//     entry => CC Column 1"
//   5A980, 5D980, 5E980 "SL and AT apply to entire entry. A license is required for all destinations, as specified
//     in § 742.13 of the EAR."
// Other x98x entries (0A980 horses by sea, 1C98x: short supply) are outside this table and fail closed: they are
// sent to classification, never cleared as anti-terrorism only.

export type CrimeControl = { reason: "CC" | "SL"; scope: "all" | "all-but-canada" | "cc-column-1"; citation: string };

// Cited by section: the entries point to "§ 742.7" / "part 742" and "§ 742.13"; which paragraph of 742.7 carries
// each entry is not confirmed here. The review policy (742.7(b), 742.13(b)) is not modelled per destination either:
// the finding says "see section", which reads as a licence requirement, never as a denial or an approval.
const cc = "15 CFR 742.7";
const sl = "15 CFR 742.13";
const ccColumn1: CrimeControl = { reason: "CC", scope: "cc-column-1", citation: cc };
const table: Record<string, CrimeControl> = {
  "0A981": { reason: "CC", scope: "all", citation: cc },
  "0A982": { reason: "CC", scope: "all-but-canada", citation: cc },
  "0E982": { reason: "CC", scope: "all-but-canada", citation: cc },
  "0A983": { reason: "CC", scope: "all", citation: cc },
  "5A980": { reason: "SL", scope: "all", citation: sl },
  "5D980": { reason: "SL", scope: "all", citation: sl },
  "5E980": { reason: "SL", scope: "all", citation: sl },
};
for (const e of "0A977 0A978 0A979 1A984 1A985 3A980 3A981 3D980 3E980 4A980 4D980 4E980 9A980".split(" "))
  table[e] = ccColumn1;

/**
 * Destinations without an X in CC Column 1 of the Commerce Country Chart (Supp. No. 1 to part 738, eCFR of
 * 2026-07-23): every other destination has one. Cuba, Iran, North Korea and Syria have none either because part
 * 746 governs them (the embargo rule). Hong Kong follows China.
 */
const noCcColumn1 = new Set(
  "AL AU AT BE BG CA HR CZ DK EE FI FR DE GR HU IS IN IE IT JP KR LV LI LT LU NL NZ NO PL PT RO SK SI ES SE CH TR GB".split(
    " ",
  ),
);

/** The x97x/x98x entry of an ECCN ("3A981", "3A981.a", "0A978"), or null when it is not one. */
export const crimeControlOf = (eccn: string): CrimeControl | "unlisted-98x" | null => {
  const base = eccn.slice(0, 5).toUpperCase();
  if (!/^[0-9][A-E]9[78][0-9]$/.test(base)) return null;
  return table[base] ?? "unlisted-98x";
};

export function crimeControlApplies(c: CrimeControl, destination: string): boolean {
  if (c.scope === "all") return true;
  if (c.scope === "all-but-canada") return destination !== "CA";
  return !noCcColumn1.has(destination);
}

/**
 * The anti-terrorism-only entries (Reason for Control "AT" alone, AT Column 1) this product meets in electronics
 * BOMs, as read in the eCFR of 2026-07-23: 2A991, 2B991, 3A991, 3B991, 3B992, 3C992, 3D991, 3E991, 4A994, 4D994, 4E992, 5A991,
 * 5B991, 5D991, 5E991, and 5A992/5D992/5E992 except their .z paragraphs (RS, 742.6(a)(6)(iii)). Any other x9xx
 * ECCN is not assumed to be AT only: 900-series entries carry NS and RS worldwide, x98x are CC/SL/SS, several
 * x99x carry RS or Russian sector sanctions.
 */
const atOnly = new Set(
  "2A991 2B991 3A991 3B991 3B992 3C992 3D991 3E991 4A994 4D994 4E992 5A991 5B991 5D991 5E991".split(" "),
);
export const antiTerrorismOnly = (eccn: string): boolean => {
  if (/\.z/.test(eccn)) return false;
  const base = eccn.slice(0, 5).toUpperCase();
  return atOnly.has(base) || ["5A992", "5D992", "5E992"].includes(base);
};
