import { db } from "@/lib/db";

/**
 * How many rows each table the imports and decisions write holds: a test takes them before and after, to say
 * exactly what an operation wrote (or that a refused one wrote nothing).
 */
export async function tableCounts() {
  const c = db();
  const [
    listVersions,
    entries,
    aliases,
    boms,
    bomLines,
    parties,
    financials,
    rawRows,
    mappings,
    users,
    apiKeys,
    determinations,
    decisions,
    importJobsNotRejected,
  ] = await Promise.all([
    c.listVersion.count(),
    c.listedEntry.count(),
    c.listedAlias.count(),
    c.bom.count(),
    c.bomLine.count(),
    c.party.count(),
    c.financial.count(),
    c.rawRow.count(),
    c.columnMapping.count(),
    c.user.count(),
    c.apiKey.count(),
    c.licenceDetermination.count(),
    c.complianceDecision.count(),
    c.importJob.count({ where: { status: { not: "rejected" } } }),
  ]);
  return {
    listVersions,
    entries,
    aliases,
    boms,
    bomLines,
    parties,
    financials,
    rawRows,
    mappings,
    users,
    apiKeys,
    determinations,
    decisions,
    importJobsNotRejected,
  };
}
