// Rows of a BOM that are not parts to buy: marks in the copper or silkscreen (fiducials, logos, test points,
// solder jumpers), holes, and places left empty (not fitted). EDA exports list them because they are
// footprints on the board; an importer that demands a part number for them makes the user edit the file.
// Each is recognised from its designators, footprint or value, and skipped with the reason shown.

export type NonPartReason =
  | "fiducial mark"
  | "mounting hole"
  | "test point"
  | "logo or marking"
  | "solder jumper"
  | "not fitted"
  | "summary line";

export type NonPartInput = {
  references: readonly string[];
  /** the part's value / name / comment as the file gives it */
  value: string;
  description: string;
  /** every cell of the row, for footprint names and "leave empty" notes in columns the mapping does not read */
  cells: readonly string[];
  /** whether the row names a manufacturer part number: a not-fitted row with one stays a (DNP) line */
  hasMpn: boolean;
};

const byDesignator: [RegExp, NonPartReason][] = [
  [/^(FID|FD|FIDUCIAL)\d*$/i, "fiducial mark"],
  [/^(MH|H|HOLE|MTG)\d+$/i, "mounting hole"],
  [/^TP\d+$/i, "test point"],
  [/^(LOGO|SIGN|G\d*$|CE$)/i, "logo or marking"],
  [/^(SJ|JP)\d+$/i, "solder jumper"],
];

const byText: [RegExp, NonPartReason][] = [
  [/\bfiducial/i, "fiducial mark"],
  [/mounting[ _-]?hole|\bNPTH\b/i, "mounting hole"],
  [/test[ _-]?point/i, "test point"],
  [/\blogo|^CE[ _]sign$|^sign[ _]/i, "logo or marking"],
];

/**
 * A value that says the place is left empty: "DNP", "DNF", "DNI", "NF", "NA", "NA(10k/R0402)", "NA/R0402",
 * "NS(HN1x10)" (not soldered), "Do not place", "not fitted", "Leave empty".
 */
export const NOT_FITTED =
  /^(dnp|dnf|dni|nf|nc|na|ns|n\/a|do not (populate|place|fit|install|mount)|not (fitted|populated|mounted)|leave empty|no pop(ulate)?)(\s*[(/].*)?$/i;

/** Why the row is not a part to buy, or null when it is one. */
export function nonPartReason(row: NonPartInput): NonPartReason | null {
  // KiBoM's footer under the table: "Component Count:,196", "BoM Date:,..."
  const filled = row.cells.filter((c) => c.trim() !== "");
  if (filled.length <= 2 && /^[A-Za-z][\w .]*:$/.test(filled[0]?.trim() ?? "")) return "summary line";
  // a row that names a part number is something bought (a test-point pin, a jumper header, a standoff), however
  // its designator reads; a not-fitted one stays a line, marked DNP
  if (row.hasMpn) return null;
  const refs = row.references.filter((r) => r.trim() !== "");
  for (const [re, reason] of byDesignator) if (refs.length > 0 && refs.every((r) => re.test(r))) return reason;
  // a solder jumper's "value" is its factory state
  if (/^(opened?|closed?)$/i.test(row.value.trim()) && !row.hasMpn) return "solder jumper";
  if (!row.hasMpn) {
    const texts = [row.value, row.description, ...row.cells];
    for (const [re, reason] of byText) if (texts.some((t) => re.test(t.trim()))) return reason;
  }
  if (!row.hasMpn && (NOT_FITTED.test(row.value.trim()) || row.cells.some((c) => /^leave empty$/i.test(c.trim()))))
    return "not fitted";
  return null;
}
