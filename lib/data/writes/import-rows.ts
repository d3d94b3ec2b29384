import "server-only";
// BOMs, parties and financials: streamed straight into one transaction, batch by batch, so memory stays flat
// whatever the file size. After the first row problem nothing more is written (it all rolls back), but the
// parse goes on to report every problem in the file at once.
import path from "node:path";
import { recordFor, rowContent, type Analysis, type SkippedRow } from "../../imports/analyse";
import type { BomRecord, ClassificationRecord, FinancialRecord, PartyRecord } from "../../imports/records";
import { mpnKey } from "../../rules/declarations";
import { toMinorUnits, toMinorUnitsNumber } from "../../money";
import { db } from "../../db";
import { bulkTransaction, newId, type BulkWriter, type Cell } from "./bulk";
import type { FieldMapping } from "../../imports/kinds";
import { partyKey } from "../../parties/identity";
import { ownershipSink, readFtmOwnership } from "./import-ownership";
import { aliasSink } from "./import-aliases";
import { partyChange, partyFields, type PartyField, type PartyValues } from "../../parties/changes";
import { dataRows, emptyCounts, mismatch, ProblemLog, problemsMessage } from "../import-stream";
import { RAW_BLOCK, writeRawRows } from "./raw-rows";
import type { ImportBase, ImportChanges, ImportRequest, ImportResult, LandedHook } from "../import-types";

class Rollback extends Error {}

const MAX_SKIPPED_LISTED = 500;
const listRows = (rows: readonly number[]) =>
  rows.length > 12 ? `${rows.slice(0, 12).join(", ")} and ${rows.length - 12} more` : rows.join(", ");
class NothingToImport extends Error {}

type RowKind = "bom" | "parties" | "financials" | "classifications" | "ownership" | "aliases";
/** How messages name a kind's rows, and what a row needs to be one. */
const rowWords: Record<RowKind, { one: string; many: string; needs: string }> = {
  bom: { one: "BOM line", many: "BOM lines", needs: "a part number, a description or a value" },
  parties: { one: "party", many: "parties", needs: "a name" },
  financials: { one: "financial row", many: "financial rows", needs: "a product line, a period and revenue" },
  classifications: { one: "classification", many: "classifications", needs: "a manufacturer, an MPN and an ECCN" },
  ownership: {
    one: "ownership statement",
    many: "ownership statements",
    needs: "an owner, an owned company and a percent",
  },
  aliases: { one: "known alias", many: "known aliases", needs: "a listed entry, an alias and a source" },
};

export async function importRows(
  req: ImportRequest,
  analysis: Analysis,
  size: number,
  base: ImportBase,
  onLanded: LandedHook,
): Promise<ImportResult> {
  const problems = new ProblemLog();
  const counts = emptyCounts();
  const toRecord = recordFor(base.kind, base.format, analysis.header, analysis.mapping);
  const skippedRows: SkippedRow[] = [];
  const skippedBy = new Map<string, number[]>();
  try {
    return await bulkTransaction(async (w) => {
      const sink = await openSink(w, base, req, analysis);
      let block: { rowNumber: number; cells: string[] }[] = [];
      const flushRaw = async () => {
        if (block.length) {
          await writeRawRows(w, base.jobId, block);
          block = [];
        }
      };
      if (base.format === "ftm") {
        const ftm = await readFtmOwnership(req);
        problems.add(ftm.problems);
        counts.read = ftm.records.length + ftm.problems.length;
        counts.invalid = ftm.problems.length;
        for (const [why, n] of ftm.skipped) {
          counts.skipped += n;
          base.notes.push(`${n} Ownership record(s) skipped: ${why}`);
        }
        if (problems.total === 0)
          for (let i = 0; i < ftm.records.length; i += 1000) {
            const chunk = ftm.records.slice(i, i + 1000);
            await sink.write(chunk);
            counts.imported += chunk.length;
          }
      }
      for await (const { rows, firstRow } of base.format === "ftm" ? [] : dataRows(req, analysis, size, problems)) {
        const records: object[] = [];
        for (let i = 0; i < rows.length; i++) {
          const cells = rows[i]!,
            row = firstRow + i;
          const { record, problems: ps, skipReason } = toRecord(cells, row);
          if (skipReason) {
            counts.skipped++;
            skippedBy.set(skipReason, [...(skippedBy.get(skipReason) ?? []), row]);
            if (skippedRows.length < MAX_SKIPPED_LISTED)
              skippedRows.push({ row, reason: skipReason, content: rowContent(cells) });
            continue;
          }
          if (!record) {
            if (ps.length) {
              counts.read++;
              counts.invalid++;
              problems.add(ps);
            } else if (cells.some((c) => c.trim() !== "")) counts.skipped++;
            continue;
          }
          counts.read++;
          const bad = mismatch(cells, analysis.header, row);
          if (bad) {
            counts.invalid++;
            problems.add([{ ...bad, content: rowContent(cells) }]);
            continue;
          }
          if (problems.total === 0) {
            records.push(record);
            block.push({ rowNumber: row, cells });
          }
        }
        // after the first problem nothing more is written (it will all roll back), but parsing goes on to
        // report every problem in the file at once
        if (problems.total === 0) {
          await sink.write(records);
          counts.imported += records.length;
          if (block.length >= RAW_BLOCK) await flushRaw();
        }
      }
      for (const [reason, rows] of skippedBy)
        base.notes.push(
          `${rows.length} row(s) skipped, not parts (${reason}): row${rows.length > 1 ? "s" : ""} ${listRows(rows)}`,
        );
      if (problems.total > 0) throw new Rollback();
      if (counts.imported === 0) throw new NothingToImport();
      await flushRaw();
      const { changes, ...version } = await sink.finish(counts.imported);
      const outcome: ImportResult = {
        ...base,
        status: "imported",
        file: req.fileName,
        version,
        counts,
        errors: [],
        errorTotal: 0,
        message: `${req.fileName}: ${counts.imported} ${rowWords[base.kind as RowKind].many} imported${changes ? ` (${changes.created} new, ${changes.updated} updated, ${changes.unchanged} unchanged)` : ""}`,
        ...(changes ? { changes } : {}),
        ...(skippedRows.length ? { skippedRows } : {}),
        durationMs: 0,
      };
      await onLanded(w, outcome);
      return outcome;
    });
  } catch (e) {
    if (e instanceof NothingToImport) {
      // every row was skipped as empty or not a line of this kind: likely the wrong kind or column mapping
      const words = rowWords[base.kind as RowKind];
      const message = `none of its ${counts.skipped} data row(s) has what a ${words.one} needs (${words.needs}); check the detected kind, format and column mapping`;
      return {
        ...base,
        status: "rejected",
        file: req.fileName,
        version: null,
        counts,
        errors: [{ row: null, column: null, message }],
        errorTotal: 1,
        message: `${req.fileName}: ${message}. Nothing was imported.`,
        durationMs: 0,
      };
    }
    if (!(e instanceof Rollback)) throw e;
    counts.imported = 0;
    return {
      ...base,
      status: "rejected",
      file: req.fileName,
      version: null,
      counts,
      errors: problems.kept,
      errorTotal: problems.total,
      ...(skippedRows.length ? { skippedRows } : {}),
      message: `${problemsMessage(req.fileName, problems.kept, problems.total)}. Nothing was imported: fix the file and import it again.`,
      durationMs: 0,
    };
  }
}

type Sink = {
  write(records: object[]): Promise<void>;
  finish(n: number): Promise<{ type: string; id: string; label?: string; changes?: ImportChanges }>;
};

async function openSink(w: BulkWriter, base: ImportBase, req: ImportRequest, analysis: Analysis): Promise<Sink> {
  if (base.kind === "bom") return bomSink(w, base, req);
  if (base.kind === "parties") return partySink(w, base, analysis.mapping);
  if (base.kind === "classifications") return classificationSink(w, base);
  if (base.kind === "ownership") return ownershipSink(w, base);
  if (base.kind === "aliases") return aliasSink(w, base);
  return financialSink(w, base);
}

const bomLineColumns = [
  "bomId",
  "lineNo",
  "rowNumber",
  "references",
  "manufacturer",
  "mpn",
  "description",
  "quantity",
  "unitPriceE4",
  "currency",
  "eccn",
  "countryOfOrigin",
  "usContentBp",
  "dnp",
] as const;

async function bomSink(w: BulkWriter, base: ImportBase, req: ImportRequest): Promise<Sink> {
  const bomId = newId();
  const name = req.label ?? path.basename(req.fileName).replace(/\.[^.]+$/, "");
  await w.insert(
    "bom",
    ["id", "name", "format", "isDemo", "sourceNote", "importJobId", "createdAt"],
    [[bomId, name, base.format, false, `Imported from ${req.fileName}`, base.jobId, new Date()]],
  );
  let lineNo = 0;
  let product: string | null = null;
  return {
    async write(records) {
      const rows = (records as BomRecord[]).map((r) => {
        product ??= r.product;
        return [
          bomId,
          ++lineNo,
          r.rowNumber,
          r.references.join(" ") || null,
          r.manufacturer,
          r.mpn,
          r.description,
          r.quantity,
          r.unitPrice ? toMinorUnitsNumber(r.unitPrice, 4) : null,
          r.currency,
          r.eccn,
          r.countryOfOrigin,
          r.usContentPct == null ? null : Math.round(r.usContentPct * 100),
          r.dnp,
        ];
      });
      await w.insert("bom_line", bomLineColumns, rows);
    },
    async finish() {
      if (product) {
        const found = await db().product.findUnique({ where: { name: product }, select: { id: true } });
        if (found) await w.execute(`UPDATE "bom" SET "productId" = ? WHERE "id" = ?`, [found.id, bomId]);
      }
      return { type: "bom", id: bomId, label: name };
    },
  };
}

// A party is keyed (lib/parties/identity.ts): a row whose key is stored already updates that party, recording
// what changed in party_revision, and never adds a second one; a row that changes nothing is counted unchanged.
async function partySink(w: BulkWriter, base: ImportBase, mapping: FieldMapping): Promise<Sink> {
  const present = new Set(partyFields.filter((f) => mapping[f] !== undefined));
  const changes = { created: 0, updated: 0, unchanged: 0 };
  await keyLegacyParties(w);
  // parties this import wrote: a key met twice in one file is one party, the later row winning
  const seen = new Map<string, { id: string; values: PartyValues }>();
  return {
    async write(records) {
      const rows = records as PartyRecord[];
      const keys = [...new Set(rows.map((r) => partyKey(r)).filter((k) => !seen.has(k)))];
      const stored = new Map<string, { id: string; values: PartyValues }>();
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const found = await w.queryAll(
          `SELECT "id", "partyKey", ${partyFields.map((f) => `"${f}"`).join(", ")} FROM "party" WHERE "partyKey" IN (${chunk.map(() => "?").join(", ")})`,
          chunk,
        );
        for (const f of found) stored.set(String(f.partyKey), { id: String(f.id), values: partyValues(f) });
      }
      const inserts: Cell[][] = [];
      const now = new Date();
      for (const r of rows) {
        const key = partyKey(r);
        const incoming: PartyValues = {
          kind: r.kind,
          name: r.name,
          country: r.country,
          address: r.address,
          identifiers: r.identifiers,
          parentName: r.parentName,
          parentCountry: r.parentCountry,
          externalId: r.externalId,
        };
        const known = seen.get(key) ?? stored.get(key);
        if (!known) {
          const id = newId();
          inserts.push([id, key, ...partyFields.map((f) => incoming[f]), false, base.jobId, now]);
          seen.set(key, { id, values: incoming });
          changes.created++;
          continue;
        }
        const change = partyChange(known.values, incoming, present);
        const firstMeeting = !seen.has(key);
        if (firstMeeting) seen.set(key, known);
        if (!change) {
          if (firstMeeting) changes.unchanged++;
          continue;
        }
        if (inserts.length) await w.insert("party", partyColumns, inserts.splice(0));
        const fields = Object.keys(change.after) as PartyField[];
        await w.execute(
          `UPDATE "party" SET ${fields.map((f) => `"${f}" = ?`).join(", ")}, "updatedAt" = ? WHERE "id" = ?`,
          [...fields.map((f) => change.after[f] ?? null), now, known.id],
        );
        await w.insert(
          "party_revision",
          ["id", "partyId", "importJobId", "before", "after", "createdAt"],
          [[newId(), known.id, base.jobId, JSON.stringify(change.before), JSON.stringify(change.after), now]],
        );
        Object.assign(known.values, change.after);
        if (firstMeeting) changes.updated++;
      }
      if (inserts.length) await w.insert("party", partyColumns, inserts);
    },
    async finish() {
      const label = `${changes.created} new, ${changes.updated} updated, ${changes.unchanged} unchanged`;
      return { type: "parties", id: base.jobId, label, changes };
    },
  };
}

const partyColumns = ["id", "partyKey", ...partyFields, "isDemo", "importJobId", "createdAt"] as const;

const partyValues = (row: Record<string, unknown>): PartyValues =>
  Object.fromEntries(partyFields.map((f) => [f, row[f] == null ? null : String(row[f])])) as PartyValues;

/**
 * Parties imported before keys existed get theirs on the first keyed import, so they are updated rather than
 * imported a second time. Where two old rows share a key (the same file imported twice before), the oldest
 * takes it and the others stay as they are.
 */
async function keyLegacyParties(w: BulkWriter): Promise<void> {
  const legacy = await w.queryAll(
    `SELECT "id", "name", "country", "externalId" FROM "party" WHERE "partyKey" IS NULL AND "isDemo" = ? ORDER BY "createdAt", "id"`,
    [false],
  );
  if (!legacy.length) return;
  const taken = new Set(
    (await w.queryAll(`SELECT "partyKey" FROM "party" WHERE "partyKey" IS NOT NULL`)).map((r) => String(r.partyKey)),
  );
  for (const p of legacy) {
    const key = partyKey({
      name: String(p.name),
      country: p.country == null ? null : String(p.country),
      externalId: p.externalId == null ? null : String(p.externalId),
    });
    if (taken.has(key)) continue;
    taken.add(key);
    await w.execute(`UPDATE "party" SET "partyKey" = ? WHERE "id" = ?`, [key, String(p.id)]);
  }
}

// Declarations accumulate: a newer declaration for the same part is used before an older one (by as_of, then
// by import), and the older ones stay on record.
async function classificationSink(w: BulkWriter, base: ImportBase): Promise<Sink> {
  return {
    async write(records) {
      await w.insert(
        "part_classification",
        [
          "id",
          "manufacturer",
          "mpn",
          "mpnKey",
          "eccn",
          "hts",
          "countryOfOrigin",
          "usContentBp",
          "source",
          "asOf",
          "importJobId",
          "createdAt",
        ],
        (records as ClassificationRecord[]).map((r) => [
          newId(),
          r.manufacturer,
          r.mpn,
          mpnKey(r.mpn),
          r.eccn,
          r.hts,
          r.countryOfOrigin,
          r.usContentPct == null ? null : Math.round(r.usContentPct * 100),
          r.source,
          r.asOf,
          base.jobId,
          new Date(),
        ]),
      );
    },
    async finish(n) {
      return { type: "classifications", id: base.jobId, label: `${n} classifications` };
    },
  };
}

async function financialSink(w: BulkWriter, base: ImportBase): Promise<Sink> {
  const lines = new Map<string, string>();
  for (const l of await db().productLine.findMany({ select: { id: true, name: true } })) lines.set(l.name, l.id);
  return {
    async write(records) {
      for (const r of records as FinancialRecord[]) {
        let lineId = lines.get(r.productLine);
        if (!lineId) {
          lineId = newId();
          lines.set(r.productLine, lineId);
          await w.insert(
            "product_line",
            ["id", "name", "segment", "currency", "growthBp", "isDemo", "createdAt"],
            [[lineId, r.productLine, r.segment, r.currency, 0, false, new Date()]],
          );
        }
        // one row per line and period: a newer import of the same period replaces its figures
        await w.execute(`DELETE FROM "financial" WHERE "productLineId" = ? AND "period" = ?`, [lineId, r.period]);
        await w.insert(
          "financial",
          [
            "id",
            "productLineId",
            "period",
            "revenueMinor",
            "costMinor",
            "currency",
            "isEstimate",
            "source",
            "importJobId",
          ],
          [
            [
              newId(),
              lineId,
              r.period,
              toMinorUnits(r.revenue),
              toMinorUnits(r.cost),
              r.currency,
              false,
              r.source,
              base.jobId,
            ],
          ],
        );
      }
    },
    async finish(n) {
      return { type: "financials", id: base.jobId, label: `${n} financial rows` };
    },
  };
}
