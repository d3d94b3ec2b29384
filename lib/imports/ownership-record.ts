// One row of an ownership file -> one ownership statement, or the problems that row has. Owner and owned are
// named as parties are (lib/parties/identity.ts), so a statement about a stored party finds it by its key.
import { partyKey } from "../parties/identity";
import { ownershipRelations, type OwnershipStatement } from "../ownership/statements";
import { checkCountry, checkDate, checkOneOf, checkPercent, checkText } from "./fields";
import type { FieldMapping } from "./kinds";
import { rowReader, type RowProblem } from "./records";

export type OwnershipRecord = OwnershipStatement & { rowNumber: number };

/** Percent as basis points: 60 -> 6000, 33.333 -> 3333 (a share is kept to a hundredth of a percent). */
export const toBasisPoints = (percent: number) => Math.round(percent * 100);

export function ownershipRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: OwnershipRecord | null; problems: RowProblem[] } {
  const { blank, problems, cell, take } = rowReader(cells, row, header, mapping);
  if (blank) return { record: null, problems: [] };
  const owner = take("owner", checkText(cell("owner"), { required: true, max: 500 }));
  const ownerCountry = take("ownerCountry", checkCountry(cell("ownerCountry")));
  const ownerId = take("ownerId", checkText(cell("ownerId"), { max: 200 }));
  const owned = take("owned", checkText(cell("owned"), { required: true, max: 500 }));
  const ownedCountry = take("ownedCountry", checkCountry(cell("ownedCountry")));
  const ownedId = take("ownedId", checkText(cell("ownedId"), { max: 200 }));
  const pctCell = cell("percent");
  const percent = take(
    "percent",
    (pctCell ?? "").trim() ? checkPercent(pctCell) : { ok: false, expected: "a percentage from 0 to 100 (required)" },
  );
  const relation = take("relation", checkOneOf(cell("relation"), ownershipRelations, "direct"));
  const source = take("source", checkText(cell("source"), { max: 1000 }));
  const asOf = take("asOf", checkDate(cell("asOf")));
  const endDate = take("endDate", checkDate(cell("endDate")));
  if (asOf && endDate && endDate <= asOf)
    problems.push({
      row,
      column: header[mapping.endDate!] || "endDate",
      value: endDate,
      expected: `a date after ${asOf}`,
    });
  if (problems.length) return { record: null, problems };
  const ownerKey = partyKey({ externalId: ownerId, name: owner!, country: ownerCountry });
  const ownedKey = partyKey({ externalId: ownedId, name: owned!, country: ownedCountry });
  if (ownerKey === ownedKey)
    return {
      record: null,
      problems: [
        { row, column: header[mapping.owned!] || "owned", value: owned!, expected: "a company other than its owner" },
      ],
    };
  return {
    record: {
      rowNumber: row,
      ownerKey,
      ownerName: owner!,
      ownerCountry: ownerCountry ?? null,
      ownedKey,
      ownedName: owned!,
      ownedCountry: ownedCountry ?? null,
      shareBp: toBasisPoints(percent!),
      relation: relation!,
      source: source ?? null,
      asOf: asOf ?? null,
      endDate: endDate ?? null,
    },
    problems: [],
  };
}

/** Re-importing the same statement (owner, owned, relation, as-of date) updates it instead of adding one. */
export const statementKey = (s: Pick<OwnershipStatement, "ownerKey" | "ownedKey" | "relation" | "asOf">) =>
  `${s.ownerKey}|${s.ownedKey}|${s.relation}|${s.asOf ?? ""}`;
