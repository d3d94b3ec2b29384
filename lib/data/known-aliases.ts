import "server-only";
// Known aliases (alias files: an analyst's import or the team-compiled file in data/) as screening reads them.
import { db } from "../db";
import { aliasScripts, type AliasScript, type KnownAlias } from "../screening/known-aliases";

export async function loadKnownAliases(): Promise<KnownAlias[]> {
  const rows = await db().knownAlias.findMany({
    select: { listedName: true, alias: true, script: true, source: true },
    orderBy: { aliasKey: "asc" },
  });
  return rows.map((r) => ({
    listedName: r.listedName,
    alias: r.alias,
    script: (aliasScripts as readonly string[]).includes(r.script) ? (r.script as AliasScript) : "other",
    source: r.source,
  }));
}

/** Changes whenever an alias is added or updated, so the screening index is rebuilt with it. */
export async function knownAliasStamp(): Promise<string> {
  const [count, created, updated] = await Promise.all([
    db().knownAlias.count(),
    db().knownAlias.aggregate({ _max: { createdAt: true } }),
    db().knownAlias.aggregate({ _max: { updatedAt: true } }),
  ]);
  return `${count}:${created._max.createdAt?.getTime() ?? 0}:${updated._max.updatedAt?.getTime() ?? 0}`;
}
