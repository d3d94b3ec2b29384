// Finding the parts of a versioner document: the versioner's XML of `title-15.xml?part=N` holds the part as a
// DIV5 (TYPE="PART") with its sections as DIV8 (TYPE="SECTION", N="740.3") and its supplements as DIV9
// (TYPE="APPENDIX", N="Supplement No. 1 to Part 740"); the file of Supp. No. 1 to part 774 kept in
// ../shared/reference/sourcing/regs is a DIV9 at the root. Either way the supplement is found by its N.
import { EcfrParseError, descendants, textOf, childElements, type XmlElement } from "./ecfr-xml";

/** One structural observation about a parse (a missing column, an unknown country): it quarantines a version. */
export type ParseIssue = { part: "738" | "740" | "774"; message: string };

export function supplement(root: XmlElement, part: string, no = 1): XmlElement {
  const want = new RegExp(`^Supplement No\\.? ${no} to Part ${part}\\b`, "i");
  const all = root.name === "DIV9" ? [root, ...descendants(root, ["DIV9"])] : descendants(root, ["DIV9"]);
  const found = all.find((d) => want.test((d.attrs.N ?? "").trim()) || want.test(headOf(d)));
  if (!found)
    throw new EcfrParseError(
      `part ${part}: no Supplement No. ${no} to Part ${part} (a DIV9 element with N="Supplement No. ${no} to Part ${part}") in the document`,
      "DIV9",
    );
  return found;
}

export function headOf(div: XmlElement): string {
  const head = childElements(div).find((c) => c.name === "HEAD");
  return head ? textOf(head) : "";
}

/** The sections (DIV8) of a part. */
export function sections(root: XmlElement): XmlElement[] {
  return (root.name === "DIV8" ? [root] : []).concat(descendants(root, ["DIV8"]));
}
