// Which BOM lines are plain passive parts (resistors, capacitors, inductors, ferrite beads, connectors,
// crystals...), told from their reference designators and descriptions. Used only to SUGGEST classifying them
// EAR99 together: the compliance officer confirms the suggestion, it is never applied on its own.
//
// Why only a suggestion: EAR99 covers items subject to the EAR that no ECCN on the Commerce Control List
// describes (15 CFR 734.3(c), as we read it; not re-checked against the eCFR text in this change), and most
// commodity passives are in that position, but some are listed (high-energy storage capacitors in Category 3,
// radiation-hardened or space-qualified parts, for example), so a person must look at the list and say so.

export const passiveCategories = [
  "resistor",
  "capacitor",
  "inductor",
  "ferrite bead",
  "connector",
  "crystal",
  "fuse",
  "switch",
  "LED",
] as const;
export type PassiveCategory = (typeof passiveCategories)[number];

export type LineFacts = { references: string | null; description: string | null; mpn: string | null };

// reference-designator prefixes (IEEE 315 / common EDA usage); every designator of the line must agree
const byPrefix: [RegExp, PassiveCategory][] = [
  [/^(R|RN|RM|RA)\d+$/i, "resistor"],
  [/^C\d+$/i, "capacitor"],
  [/^L\d+$/i, "inductor"],
  [/^(FB|FL)\d+$/i, "ferrite bead"],
  [/^(J|P|CN|CON|X)\d+$/i, "connector"],
  [/^(Y|XTAL)\d+$/i, "crystal"],
  [/^F\d+$/i, "fuse"],
  [/^(SW|S|BUT|BTN)\d+$/i, "switch"],
  [/^(LED|D)\d+$/i, "LED"],
];

const byDescription: [RegExp, PassiveCategory][] = [
  [/\b(res(istor)?|thick film|thin film)\b|\bohm\b|Ω/i, "resistor"],
  [/\b(cap(acitor)?|mlcc|cer(amic)?)\b|\d(\.\d+)?\s*[pnuµ]F\b/i, "capacitor"],
  [/\b(inductor|choke)\b|\d(\.\d+)?\s*[nuµm]H\b/i, "inductor"],
  [/\bferrite\b/i, "ferrite bead"],
  [/\b(connector|header|receptacle|socket|jack|terminal block)\b/i, "connector"],
  [/\b(crystal|xtal|resonator)\b/i, "crystal"],
  [/\bfuse\b/i, "fuse"],
  [/\b(switch|push ?button|tactile)\b/i, "switch"],
  [/\bLED\b/, "LED"],
];

// words that make a line more than a commodity part, whatever its designator says
const NOT_COMMODITY =
  /\b(rad(iation)?[- ]?(hard|tolerant)|space|military|mil-prf|qml|rf|microwave|high[- ]energy|pulse|optical|fib(er|re)|transceiver|module|ic|mcu|fpga|regulator|amplifier|converter|driver|controller|sensor|processor|memory|transistor)\b/i;

/** The passive category a line belongs to, or null when it is not clearly one. */
export function passiveCategory(line: LineFacts): PassiveCategory | null {
  const description = line.description ?? "";
  if (NOT_COMMODITY.test(description)) return null;
  const refs = (line.references ?? "").split(/\s+/).filter(Boolean);
  const fromRefs = refs.length ? byPrefix.find(([re]) => refs.every((r) => re.test(r)))?.[1] : undefined;
  const fromText = byDescription.find(([re]) => re.test(description))?.[1];
  // LEDs and switches are diodes and contacts by designator (D, S): only with a description that says so
  if (fromRefs === "LED" || fromRefs === "switch") return fromText === fromRefs ? fromRefs : null;
  // a designator and a description that disagree (C1 described as a "regulator"): not clearly passive
  if (fromRefs && fromText && fromRefs !== fromText) return null;
  return fromRefs ?? fromText ?? null;
}

export type PassiveSuggestion = {
  eccn: "EAR99";
  lineIds: number[];
  byCategory: { category: PassiveCategory; lineNos: number[] }[];
  note: string;
};

/** The lines to suggest as EAR99, grouped by category, leaving out lines already classified. */
export function suggestEar99ForPassives(
  lines: readonly (LineFacts & { id: number; lineNo: number; eccn: string | null; classified?: boolean })[],
): PassiveSuggestion | null {
  const groups = new Map<PassiveCategory, { ids: number[]; lineNos: number[] }>();
  for (const l of lines) {
    if (l.eccn || l.classified) continue;
    const c = passiveCategory(l);
    if (!c) continue;
    const g = groups.get(c) ?? { ids: [], lineNos: [] };
    g.ids.push(l.id);
    g.lineNos.push(l.lineNo);
    groups.set(c, g);
  }
  if (groups.size === 0) return null;
  const byCategory = passiveCategories
    .filter((c) => groups.has(c))
    .map((category) => ({ category, lineNos: groups.get(category)!.lineNos }));
  return {
    eccn: "EAR99",
    lineIds: passiveCategories.flatMap((c) => groups.get(c)?.ids ?? []),
    byCategory,
    note: `EAR99: passive parts by category (${byCategory.map((g) => `${g.lineNos.length} ${g.category}${g.lineNos.length > 1 ? "s" : ""}`).join(", ")}), reviewed and confirmed`,
  };
}
