import "server-only";
import { db } from "../db";
import { currentListVersion, type ListVersionSummary } from "./list-versions";
import { hitsWithDecisions } from "./decisions";

export type OverviewCounts = {
  list: ListVersionSummary | null;
  listedParties: number;
  entityListEntries: number;
  parties: number;
  partiesScreened: number;
  openHits: number;
  boms: number;
  bomLines: number;
  productLines: number;
};

/** Parties screened by the latest finished run, and its hits no decision stands on (open or reopened). */
async function latestScreening(): Promise<[number, number]> {
  const run = await db().screeningRun.findFirst({ where: { status: "succeeded" }, orderBy: { createdAt: "desc" }, select: { id: true, processed: true } });
  if (!run) return [0, 0];
  const hits = await hitsWithDecisions(run.id, new Date());
  return [run.processed, hits.filter((h) => h.decisionState !== "decided").length];
}

export async function overviewCounts(): Promise<OverviewCounts> {
  const list = await currentListVersion("csl");
  const client = db();
  const [parties, [screened, openHits], boms, bomLines, productLines] = await Promise.all([
    client.party.count(),
    latestScreening(),
    client.bom.count(),
    client.bomLine.count(),
    client.productLine.count(),
  ]);
  return {
    list,
    listedParties: list?.entryCount ?? 0,
    entityListEntries: list?.sourceCounts.EL ?? 0,
    parties,
    partiesScreened: screened,
    openHits,
    boms,
    bomLines,
    productLines,
  };
}
