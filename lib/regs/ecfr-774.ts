// The Commerce Control List (Supp. No. 1 to part 774) from the eCFR versioner's XML. Each ECCN starts with an
// FP-2 paragraph whose bold text begins with the number ("3A090 Integrated circuits as follows ..."); its
// License Requirements table pairs "NS applies to entire entry" with "NS Column 1." (a Country Chart column,
// 738.4(a)(2)) or with text that sends the reader elsewhere ("To or within any destination worldwide, see
// § 742.6(a)(6)(iii)(A)"); then "List Based License Exceptions" lists LVS, GBS and the others by symbol, each an
// <I>SYMBOL:</I> label; "Special Conditions for STA" and "List of Items Controlled" end that list. Shape checked
// against the versioner's XML of Supp. No. 1 to part 774 as retrieved 2026-06.
import { chartColumns, type CclEntry, type ChartColumn } from "./types";
import { supplement, type ParseIssue } from "./ecfr-parts";
import { readTable } from "./ecfr-tables";
import { childElements, isElement, linesOf, textOf, type XmlElement } from "./ecfr-xml";

export type CclParse = { ccl: Record<string, CclEntry>; issues: ParseIssue[] };

const ECCN = /^(\d[A-E]\d{3})\b\s*(.*)$/;
const SYMBOL = /^[A-Z]{3}(\/[A-Z]{3})*$/;
const isColumn = (code: string): code is ChartColumn => (chartColumns as readonly string[]).includes(code);

type Mode = "requirements" | "exceptions" | "other";

function sectionHeading(text: string): Mode | null {
  if (/^License Requirements$/i.test(text)) return "requirements";
  if (/^List Based License Exceptions/i.test(text)) return "exceptions";
  if (/^(List of Items Controlled|Special Conditions)/i.test(text)) return "other";
  return null;
}

/** The `<I>LVS:</I>` label an FP-1 starts with, and the text after it. */
function labelled(el: XmlElement): { label: string; text: string } | null {
  const first = el.children.find((c) => (typeof c === "string" ? c.trim() !== "" : true));
  if (!first || typeof first === "string" || first.name !== "I") return null;
  const label = textOf(first).replace(/:$/, "").trim();
  const text = textOf({ ...el, children: el.children.filter((c) => c !== first) });
  return { label, text };
}

/** "NS applies to entire entry" / "NS Column 1." -> reasons on the chart, or a requirement stated elsewhere. */
function readRequirementRow(left: string, right: string, entry: CclEntry): void {
  const applies = /^([A-Z]{2,3})\s+applies\s+(?:to\s+)?(.*)$/i.exec(left);
  const appliesTo = applies ? applies[2]!.trim() : left;
  const columns = [...right.matchAll(/\b([A-Z]{2})\s+Column\s+(\d)\b/g)].map((m) => `${m[1]}${m[2]}`);
  const onChart = columns.filter(isColumn);
  for (const column of onChart) entry.reasons.push({ column, appliesTo });
  if (onChart.length === 0) entry.otherRequirements.push(`${left}: ${right}`);
}

export function parseCcl(root: XmlElement): CclParse {
  const supp = supplement(root, "774");
  const ccl: Record<string, CclEntry> = {};
  const issues: ParseIssue[] = [];
  let entry: CclEntry | null = null;
  let mode: Mode = "other";
  const walk = (el: XmlElement) => {
    for (const node of el.children) {
      if (!isElement(node)) continue;
      const text = textOf(node);
      if (node.name === "FP-2") {
        const m = ECCN.exec(text);
        if (m) {
          if (ccl[m[1]!]) issues.push({ part: "774", message: `ECCN ${m[1]} appears twice in the CCL` });
          entry = {
            eccn: m[1]!,
            heading: m[2]!.trim(),
            reasons: [],
            otherRequirements: [],
            lvs: null,
            gbs: null,
            otherExceptions: [],
          };
          ccl[entry.eccn] = entry;
          mode = "requirements";
          continue;
        }
        if (/^EAR99\b/.test(text)) {
          entry = null;
          continue;
        }
      }
      if (node.name === "DIV" || node.name === "DIV9") {
        walk(node);
        continue;
      }
      if (!entry) continue;
      const current: CclEntry = entry;
      const heading = sectionHeading(text);
      if (heading && (node.name === "HD1" || node.name === "HD2" || node.name === "FP-1" || node.name === "FP")) {
        mode = heading;
        continue;
      }
      if (mode === "requirements") {
        if (node.name === "TABLE" || node.name === "GPOTABLE") {
          const grid = readTable(node);
          for (const row of grid.rows) {
            if (!row[0] || !row[1] || row[0] === row[1]) continue;
            // a cell may stack two lines ("NP applies to entire entry<br>AT applies to entire entry", 1A231)
            const [left, right] = [linesOf(row[0]), linesOf(row[1])];
            if (left.length > 1 && left.length === right.length)
              left.forEach((l, k) => readRequirementRow(l, right[k]!, current));
            else readRequirementRow(textOf(row[0]), textOf(row[1]), current);
          }
        } else if (node.name === "NOTE" && /License Requirements? Notes?/i.test(text)) {
          const paras = childElements(node).filter((c) => c.name !== "HED");
          current.otherRequirements.push(...paras.map((p) => textOf(p)).filter(Boolean));
        }
      } else if (mode === "exceptions") {
        const l = labelled(node);
        if (!l || !SYMBOL.test(l.label)) continue;
        if (l.label === "LVS") current.lvs = l.text;
        else if (l.label === "GBS") current.gbs = l.text;
        else current.otherExceptions.push({ symbol: l.label, text: l.text });
      }
    }
  };
  walk(supp);
  const count = Object.keys(ccl).length;
  if (count === 0) issues.push({ part: "774", message: "the Commerce Control List has no ECCN entries" });
  return { ccl, issues };
}
