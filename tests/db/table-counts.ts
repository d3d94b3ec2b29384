import { db } from "@/lib/db";

type Client = ReturnType<typeof db>;

const counters = {
  listVersions: (c: Client) => c.listVersion.count(),
  entries: (c: Client) => c.listedEntry.count(),
  aliases: (c: Client) => c.listedAlias.count(),
  knownAliases: (c: Client) => c.knownAlias.count(),
  boms: (c: Client) => c.bom.count(),
  bomLines: (c: Client) => c.bomLine.count(),
  parties: (c: Client) => c.party.count(),
  financials: (c: Client) => c.financial.count(),
  rawRows: (c: Client) => c.rawRow.count(),
  mappings: (c: Client) => c.columnMapping.count(),
  users: (c: Client) => c.user.count(),
  apiKeys: (c: Client) => c.apiKey.count(),
  determinations: (c: Client) => c.licenceDetermination.count(),
  decisions: (c: Client) => c.complianceDecision.count(),
};

/** Import jobs that were not refused: a refused request leaves at most a rejected job behind. */
export const importJobsNotRejected = () => db().importJob.count({ where: { status: { not: "rejected" } } });

/**
 * How many rows each table the imports and decisions write holds: a test takes them before and after, to say
 * exactly what an operation wrote (or that a refused one wrote nothing). Job bookkeeping is not counted: an
 * interrupted import leaves its job row, and nothing else.
 */
export async function tableCounts(): Promise<Record<keyof typeof counters, number>> {
  const c = db();
  const counted = await Promise.all(Object.entries(counters).map(async ([name, count]) => [name, await count(c)]));
  return Object.fromEntries(counted) as Record<keyof typeof counters, number>;
}
