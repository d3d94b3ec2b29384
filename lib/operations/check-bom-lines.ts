import "server-only";
// Checks BOM lines (stored, or read from a file without importing it) for a buyer, destination, ship-from
// country and date: the buyer is screened against the BIS lists in force (with the compliance decisions on
// record for a stored party), and the rules run on each line. Nothing is written: recording a determination
// is record-determination.ts.
import {
  catalogueParts,
  declarationsFor,
  licencesOnFile,
  listedTermsOf,
  partyForScreening,
} from "../data/determinations";
import type { BuyerInput, CheckRequest, CheckResult } from "../data/determination-types";
import { latestDecisions, pairKey } from "../data/decisions";
import type { ListsInForce } from "../data/screening";
import { DESTINATION_CODE, DESTINATION_CODE_EXPECTED, normaliseCode } from "../country-code";
import { AppError } from "../errors";
import { bindingListings } from "../rules/buyer-listings";
import { determineLines, ruleSetFor, summarise } from "../rules/determine";
import { lineFacts, type RawLine } from "../rules/line-facts";
import { reportLine, type DeterminationReport } from "../rules/report";
import type { BuyerListing, CheckContext } from "../rules/types";
import { toReport } from "../screening/report";
import type { Hit, ScreeningResult } from "../screening/types";
import { screenNames } from "./screen-names";
import { ownershipForCheck } from "./buyer-ownership";
import { exporterForChecks } from "../data/exporter";
import { regulationInForce } from "../data/regulations";

/** The buyer's listings on the BIS and Treasury lists in force, as the rules take them. */
async function screenBuyer(
  buyer: BuyerInput,
  now: Date,
): Promise<{
  name: string;
  hqCountry: string | null;
  partyId: string | null;
  listings: BuyerListing[];
  screening: ScreeningResult;
  lists: ListsInForce;
}> {
  const party = buyer.partyId ? await partyForScreening(buyer.partyId) : null;
  if (buyer.partyId && !party) throw new AppError("NOT_FOUND", "No such party.");
  const name = party?.name ?? buyer.name?.trim();
  if (!name) throw new AppError("INVALID_INPUT", "Name the buyer: a stored party or a name.");
  const hqCountry = buyer.hqCountry?.trim().toUpperCase() || party?.country || null;
  const { results, lists } = await screenNames({
    queries: [{ name, country: hqCountry, address: party?.address ?? null }],
    sources: ["csl"],
  });
  const screening = results[0]!;
  const decisions = party
    ? await latestDecisions(screening.hits.map((h) => ({ partyId: party.id, entryKey: h.entryKey })))
    : null;
  const terms = await listedTermsOf(screening.hits.map((h) => h.entryId));
  const decisionOf = party && decisions ? (h: Hit) => decisions.get(pairKey(party.id, h.entryKey)) ?? null : null;
  const listings = bindingListings(screening.hits, terms, decisionOf, now);
  return { name, hqCountry, partyId: party?.id ?? null, listings, screening, lists };
}

/** Runs the rules over lines (stored or read from a file); DNP lines are not shipped and are left out. */
export async function checkBomLines(lines: readonly RawLine[], req: CheckRequest): Promise<CheckResult> {
  const destination = normaliseCode(req.destination);
  const shipFrom = normaliseCode(req.shipFrom ?? "US");
  if (!DESTINATION_CODE.test(destination))
    throw new AppError("INVALID_INPUT", `destination "${req.destination}": expected ${DESTINATION_CODE_EXPECTED}`);
  if (!DESTINATION_CODE.test(shipFrom))
    throw new AppError("INVALID_INPUT", `ship-from "${req.shipFrom}": expected an ISO 3166 alpha-2 code such as US`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.asOf) || Number.isNaN(Date.parse(req.asOf)))
    throw new AppError("INVALID_INPUT", `date "${req.asOf}": expected YYYY-MM-DD`);
  const buyer = await screenBuyer(req.buyer, new Date());
  const parts = await catalogueParts();
  // the regulation's tables loaded by `regs update` in force on asOf; none: the rules read the shipped baseline
  const regulation = await regulationInForce(req.asOf);
  const ctx: CheckContext = {
    asOf: req.asOf,
    destination,
    shipFrom,
    buyer: {
      name: buyer.name,
      hqCountry: buyer.hqCountry,
      listings: buyer.listings,
      ownership: (await ownershipForCheck(buyer, req.buyer, req.asOf, new Date())) ?? undefined,
    },
    licences: await licencesOnFile(buyer.partyId),
    // the is-informed letters of the company running the check (lib/rules/is-informed.ts)
    ...((exporter) => (exporter ? { exporter } : {}))(await exporterForChecks()),
    ...(regulation ? { regulation } : {}),
  };
  const shipped = lines.filter((l) => !l.dnp);
  const declarations = await declarationsFor(shipped);
  const facts = shipped.map((l) => lineFacts(l, parts, req.asOf, declarations));
  const verdicts = determineLines(facts, ctx);
  const results = facts.map((f, i) => ({ ...verdicts[i]!, lineNo: f.lineNo, facts: f }));
  const ruleSet = ruleSetFor(req.asOf);
  return {
    buyer: {
      name: buyer.name,
      hqCountry: buyer.hqCountry,
      partyId: buyer.partyId,
      screening: buyer.screening,
      listings: buyer.listings,
    },
    context: { asOf: req.asOf, destination, shipFrom },
    ruleSet: { id: ruleSet.id, label: ruleSet.label },
    regulationVersion: regulation?.id ?? null,
    lists: buyer.lists,
    lines: results,
    summary: summarise(facts, results),
  };
}

export function toDeterminationReport(r: CheckResult): DeterminationReport {
  return {
    buyer: { ...toReport(r.buyer.screening), hqCountry: r.buyer.hqCountry },
    context: r.context,
    ruleSet: r.ruleSet,
    listVersion: r.lists.csl,
    lines: r.lines.map(reportLine),
    summary: r.summary,
  };
}
