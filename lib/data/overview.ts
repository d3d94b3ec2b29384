import "server-only";
import { db } from "../db";
import { currentListVersion, type ListVersionSummary } from "./list-versions";

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

export async function overviewCounts(): Promise<OverviewCounts> {
  const list = await currentListVersion("csl");
  const client = db();
  const [parties, screened, openHits, boms, bomLines, productLines] = await Promise.all([
    client.party.count(),
    client.screeningMatch.findMany({ distinct: ["partyId"], where: { partyId: { not: null } }, select: { partyId: true } }).then((r) => r.length),
    client.screeningMatch.count({ where: { band: { in: ["match", "review"] } } }),
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
