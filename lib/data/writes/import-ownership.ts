import "server-only";
// Ownership statements into ownership_edge, inside an import's transaction (lib/data/writes/import-rows.ts).
// A statement is keyed by owner, owned, relation and as-of date: importing it again updates its share, source
// or end date (counted as updated) and never adds a second row; a newer as-of date is a new statement, and
// the older one stays for the dates it covered.
import fs from "node:fs";
import { statementKey, type OwnershipRecord } from "../../imports/ownership-record";
import { ftmOwnershipRecords, type FtmResult } from "../../imports/ftm-ownership";
import type { ImportBase, ImportChanges, ImportRequest } from "../import-types";
import { newId, type BulkWriter, type Cell } from "./bulk";

const columns = [
  "id",
  "statementKey",
  "ownerKey",
  "ownerName",
  "ownerCountry",
  "ownedKey",
  "ownedName",
  "ownedCountry",
  "shareBp",
  "relation",
  "source",
  "asOf",
  "endDate",
  "importJobId",
  "createdAt",
] as const;
/** What a re-import may change on a statement with the same key. */
const mutable = ["ownerName", "ownerCountry", "ownedName", "ownedCountry", "shareBp", "source", "endDate"] as const;

export async function ownershipSink(w: BulkWriter, base: ImportBase) {
  const changes: ImportChanges = { created: 0, updated: 0, unchanged: 0 };
  const seen = new Set<string>();
  return {
    async write(records: object[]) {
      const rows = records as OwnershipRecord[];
      const keys = [...new Set(rows.map(statementKey))];
      const stored = new Map<string, Record<string, unknown>>();
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        for (const r of await w.queryAll(
          `SELECT "id", "statementKey", ${mutable.map((c) => `"${c}"`).join(", ")} FROM "ownership_edge" WHERE "statementKey" IN (${chunk.map(() => "?").join(", ")})`,
          chunk,
        ))
          stored.set(String(r.statementKey), r);
      }
      const inserts: Cell[][] = [];
      const now = new Date();
      for (const r of rows) {
        const key = statementKey(r);
        const old = stored.get(key);
        if (!old) {
          inserts.push([
            newId(),
            key,
            ...columns.slice(2, 13).map((c) => r[c as keyof OwnershipRecord] ?? null),
            base.jobId,
            now,
          ]);
          // a statement twice in one file: the later row is an update of the earlier
          stored.set(key, { id: inserts.at(-1)![0], ...r });
          if (!seen.has(key)) changes.created++;
          seen.add(key);
          continue;
        }
        const changed = mutable.filter((c) => String(old[c] ?? "") !== String(r[c] ?? ""));
        const first = !seen.has(key);
        seen.add(key);
        if (!changed.length) {
          if (first) changes.unchanged++;
          continue;
        }
        if (inserts.length) await w.insert("ownership_edge", columns, inserts.splice(0));
        await w.execute(
          `UPDATE "ownership_edge" SET ${changed.map((c) => `"${c}" = ?`).join(", ")}, "importJobId" = ?, "updatedAt" = ? WHERE "id" = ?`,
          [...changed.map((c) => r[c] ?? null), base.jobId, now, String(old.id)],
        );
        for (const c of changed) old[c] = r[c];
        if (first) changes.updated++;
      }
      if (inserts.length) await w.insert("ownership_edge", columns, inserts);
    },
    async finish(n: number) {
      return {
        type: "ownership",
        id: base.jobId,
        label: `${n} ownership statements: ${changes.created} new, ${changes.updated} updated, ${changes.unchanged} unchanged`,
        changes,
      };
    },
  };
}

/** The whole file at once: its size is capped by the upload limit, and an Ownership may come before the entities it names. */
export async function readFtmOwnership(req: ImportRequest): Promise<FtmResult> {
  const text = (await fs.promises.readFile(req.file, "utf8")).replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/).map((line, i) => ({ row: i + 1, line }));
  return ftmOwnershipRecords(lines);
}
