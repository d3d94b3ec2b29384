import "server-only";
// Known aliases into known_alias, inside an import's transaction (lib/data/writes/import-rows.ts). An alias is
// keyed by its listed entry and its text: importing it again updates its script or source (counted as updated)
// and never adds a second row.
import { knownAliasKey, listedNameKey } from "../../screening/known-aliases";
import type { AliasRecord } from "../../imports/alias-record";
import type { ImportBase, ImportChanges } from "../import-types";
import { newId, type BulkWriter, type Cell } from "./bulk";

const columns = [
  "id",
  "aliasKey",
  "listedKey",
  "listedName",
  "alias",
  "script",
  "source",
  "importJobId",
  "createdAt",
] as const;
const mutable = ["listedName", "script", "source"] as const;

export async function aliasSink(w: BulkWriter, base: ImportBase) {
  const changes: ImportChanges = { created: 0, updated: 0, unchanged: 0 };
  const seen = new Set<string>();
  return {
    async write(records: object[]) {
      const rows = records as AliasRecord[];
      const keys = [...new Set(rows.map(knownAliasKey))];
      const stored = new Map<string, Record<string, unknown>>();
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        for (const r of await w.queryAll(
          `SELECT "id", "aliasKey", ${mutable.map((c) => `"${c}"`).join(", ")} FROM "known_alias" WHERE "aliasKey" IN (${chunk.map(() => "?").join(", ")})`,
          chunk,
        ))
          stored.set(String(r.aliasKey), r);
      }
      const inserts: Cell[][] = [];
      const now = new Date();
      for (const r of rows) {
        const key = knownAliasKey(r);
        const old = stored.get(key);
        const first = !seen.has(key);
        seen.add(key);
        if (!old) {
          inserts.push([
            newId(),
            key,
            listedNameKey(r.listedName),
            r.listedName,
            r.alias,
            r.script,
            r.source,
            base.jobId,
            now,
          ]);
          stored.set(key, { id: inserts.at(-1)![0], ...r });
          changes.created++;
          continue;
        }
        const changed = mutable.filter((c) => String(old[c] ?? "") !== String(r[c] ?? ""));
        if (!changed.length) {
          if (first) changes.unchanged++;
          continue;
        }
        if (inserts.length) await w.insert("known_alias", columns, inserts.splice(0));
        await w.execute(
          `UPDATE "known_alias" SET ${changed.map((c) => `"${c}" = ?`).join(", ")}, "importJobId" = ?, "updatedAt" = ? WHERE "id" = ?`,
          [...changed.map((c) => r[c]), base.jobId, now, String(old.id)],
        );
        for (const c of changed) old[c] = r[c];
        if (first) changes.updated++;
      }
      if (inserts.length) await w.insert("known_alias", columns, inserts);
    },
    async finish(n: number) {
      return {
        type: "aliases",
        id: base.jobId,
        label: `${n} known aliases: ${changes.created} new, ${changes.updated} updated, ${changes.unchanged} unchanged`,
        changes,
      };
    },
  };
}
