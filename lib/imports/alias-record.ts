// One row of an alias file -> one known alias of a listed entry (listed entry, alias, script, source), or the
// problems that row has. Every alias needs its source: an officer reading a hit must be able to check it.
import { aliasScripts, detectScript, type KnownAlias } from "../screening/known-aliases";
import { checkOneOf, checkText } from "./fields";
import type { FieldMapping } from "./kinds";
import { rowReader, type RowProblem } from "./records";

export type AliasRecord = KnownAlias & { rowNumber: number };

export function aliasRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: AliasRecord | null; problems: RowProblem[] } {
  const { blank, problems, cell, take } = rowReader(cells, row, header, mapping);
  if (blank) return { record: null, problems: [] };
  const listedName = take("listedName", checkText(cell("listedName"), { required: true, max: 500 }));
  const alias = take("alias", checkText(cell("alias"), { required: true, max: 500 }));
  const scriptCell = cell("script");
  const script = (scriptCell ?? "").trim()
    ? take("script", checkOneOf(scriptCell, aliasScripts))
    : alias
      ? detectScript(alias)
      : undefined;
  const source = take(
    "source",
    (cell("source") ?? "").trim()
      ? checkText(cell("source"), { max: 1000 })
      : { ok: false, expected: "where the alias comes from: a URL, a filing or a document (required)" },
  );
  if (alias && listedName && /^[\p{P}\p{S}\s]*$/u.test(alias))
    problems.push({
      row,
      column: header[mapping.alias ?? -1] || "alias",
      value: alias,
      expected: "a name with letters",
    });
  if (problems.length) return { record: null, problems };
  return {
    record: { rowNumber: row, listedName: listedName!, alias: alias!, script: script!, source: source! },
    problems: [],
  };
}
