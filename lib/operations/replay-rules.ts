import "server-only";
// Rule-change replay: every check in force (the newest per BOM, buyer and destination, as the exposure counts them)
// run again on the same facts under another rule set (a version or any date) and, optionally, with the buyer
// screened against another list version; the lines whose status would change, with the value they carry. A replay
// is a read: it writes no determination and no audit entry, whoever runs it.
import type { Role } from "../auth/roles";
import { canOpen } from "../auth/roles";
import { AppError } from "../errors";
import {
  catalogueParts,
  declarationsFor,
  licencesOnFile,
  listedTermsOf,
  partyForScreening,
  storedBomLines,
} from "../data/determinations";
import { latestDecisions, pairKey } from "../data/decisions";
import { exporterForChecks } from "../data/exporter";
import {
  checksInForce,
  cslVersion,
  type CheckInForce,
  indexForListVersion,
  recordedStatuses,
  replayStamp,
} from "../data/replay";
import { listsInForce, screeningIndex, screeningThresholds } from "../data/screening";
import { addressHits } from "../addresses/hits";
import { bindingListings } from "../rules/buyer-listings";
import { ruleSetFor } from "../rules/determine";
import { regulationInForce } from "../data/regulations";
import type { RegulationVersion } from "../regs/types";
import type { RawLine } from "../rules/line-facts";
import type { Declaration } from "../rules/declarations";
import type { BuyerOwnership } from "../rules/ownership-facts";
import type { BuyerListing, CheckContext, LicenceOnFile } from "../rules/types";
import type { CandidateIndex } from "../screening/candidate-index";
import { prepareQuery } from "../screening/query";
import { screenPrepared } from "../screening/screen";
import type { Hit, ListRef, ScreeningQuery, Thresholds } from "../screening/types";
import { replayCheck, type CheckReplay, type LineChange } from "../replay/compare";
import { dayBefore, resolveRuleSet, ruleChangesBetween, type RuleSetChoice } from "../replay/rule-set";
import { orderChanges, summariseReplay, type ReplaySummary } from "../replay/summary";
import { ownershipForCheck } from "./buyer-ownership";

/** Checks loaded and run at once. */
const REPLAY_CONCURRENCY = 4;

export type ReplayRequest = { rules: string; lists?: string | null };

export type ReplayResult = {
  rules: RuleSetChoice;
  /** the list the buyers were screened against for the replay, and the one in force (the baseline's) */
  lists: { replay: ListRef | null; inForce: ListRef | null };
  /** checks run again, and the checks in force (more than run when capped) */
  checks: number;
  checksInForce: number;
  summary: ReplaySummary;
  changes: LineChange[];
};

/** Who may replay: everyone who reads BOM results (compliance officers, analysts, executives, admins). */
export function assertMayReplay(role: Role): void {
  if (!canOpen(role, "boms"))
    throw new AppError("FORBIDDEN", `The ${role} role may not read BOM checks, so it may not replay them.`);
}

type BuyerFacts = { name: string; hqCountry: string | null; partyId: string | null };

function screen(index: CandidateIndex, q: ScreeningQuery, thresholds: Thresholds): Hit[] {
  // as screenNames does for the lists in force: named hits, then address-only entries the address meets
  const options = { sources: ["csl" as const], thresholds, limit: 10 };
  const hits = screenPrepared(index, prepareQuery(index, q.name), q, options);
  hits.push(...addressHits(index.entries, q, { ...options, named: hits }));
  return hits;
}

/** The buyer's binding listings in one index, with the compliance decisions on record (as check-bom-lines reads them). */
async function listingsIn(
  index: CandidateIndex,
  buyer: BuyerFacts & { address: string | null },
  thresholds: Thresholds,
  now: Date,
): Promise<BuyerListing[]> {
  const hits = screen(index, { name: buyer.name, country: buyer.hqCountry, address: buyer.address }, thresholds);
  const decisions = buyer.partyId
    ? await latestDecisions(hits.map((h) => ({ partyId: buyer.partyId!, entryKey: h.entryKey })))
    : null;
  const terms = await listedTermsOf(hits.map((h) => h.entryId));
  const decisionOf =
    buyer.partyId && decisions ? (h: Hit) => decisions.get(pairKey(buyer.partyId!, h.entryKey)) ?? null : null;
  return bindingListings(hits, terms, decisionOf, now);
}

/**
 * Runs the replay. `limit` keeps only the newest checks in force (the overview's cheap count); the page and the CLI
 * run every one. Throws INVALID_INPUT for a rule set or list version that does not exist.
 */
export async function replayRules(
  req: ReplayRequest,
  role: Role,
  opts: { limit?: number; now?: Date } = {},
): Promise<ReplayResult> {
  assertMayReplay(role);
  const now = opts.now ?? new Date();
  const rules = resolveRuleSet(req.rules);
  const listRef = req.lists?.trim() || null;
  const other = listRef ? await cslVersion(listRef) : null;
  if (listRef && !other)
    throw new AppError(
      "INVALID_INPUT",
      `list version "${listRef}": no such version of the Consolidated Screening List (give its id or its exact label)`,
    );
  const inForce = (await listsInForce()).csl;
  const { checks, total } = await checksInForce(opts.limit);
  const replayList = other ? { id: other.id, label: other.label, publishedOn: other.publishedOn } : inForce;
  const empty = (): ReplayResult => ({
    rules,
    lists: { replay: replayList, inForce },
    checks: 0,
    checksInForce: total,
    summary: summariseReplay([]),
    changes: [],
  });
  if (!checks.length) return empty();
  const [parts, exporter, thresholds, recorded] = await Promise.all([
    catalogueParts(),
    exporterForChecks(),
    screeningThresholds(),
    recordedStatuses(checks.map((c) => c.id)),
  ]);
  // no list in force: the buyers have no listings to read (the checks said so when they were made)
  const current = inForce ? (await screeningIndex()).index : null;
  const otherIndex = other ? await indexForListVersion(other) : null;
  // checks share BOMs and buyers: each BOM's lines, each buyer's listings and licences, and each buyer's ownership
  // on a date are loaded once
  const once = <T>(memo: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> =>
    memo.get(key) ?? memo.set(key, load()).get(key)!;
  const boms = new Map<string, Promise<{ lines: RawLine[]; declarations: Declaration[] }>>();
  const buyers = new Map<
    string,
    Promise<BuyerFacts & { listings: BuyerListing[]; replayListings?: BuyerListing[]; licences: LicenceOnFile[] }>
  >();
  const ownerships = new Map<string, Promise<BuyerOwnership | null>>();
  // the regulation's tables (`regs update`) by date: each check's own, and the rule date's for every replay
  const regulations = new Map<string, Promise<RegulationVersion | null>>();
  const replayRegulation = (await regulationInForce(rules.asOf)) ?? undefined;
  const replayOne = async (c: CheckInForce): Promise<CheckReplay> => {
    const buyerKey = c.buyerId ?? `name:${c.buyerName}`;
    const [{ lines, declarations }, buyer] = await Promise.all([
      once(boms, c.bomId, async () => {
        const lines = await storedBomLines(c.bomId);
        return { lines, declarations: await declarationsFor(lines.filter((l) => !l.dnp)) };
      }),
      once(buyers, `${buyerKey}|${c.hqCountry ?? ""}`, async () => {
        const party = c.buyerId ? await partyForScreening(c.buyerId) : null;
        const b = {
          name: party?.name ?? c.buyerName,
          hqCountry: c.hqCountry ?? party?.country ?? null,
          partyId: party?.id ?? null,
          address: party?.address ?? null,
        };
        return {
          ...b,
          listings: current ? await listingsIn(current, b, thresholds, now) : [],
          ...(otherIndex ? { replayListings: await listingsIn(otherIndex, b, thresholds, now) } : {}),
          licences: await licencesOnFile(b.partyId),
        };
      }),
    ]);
    const ownership = await once(ownerships, `${buyerKey}|${c.hqCountry ?? ""}|${c.asOf}`, () =>
      ownershipForCheck(buyer, { partyId: buyer.partyId }, c.asOf, now),
    );
    // the regulation's tables in force on the check's date, as the check itself read them
    const checkRegulation = await once(regulations, c.asOf, () => regulationInForce(c.asOf));
    const ctx: CheckContext = {
      asOf: c.asOf,
      destination: c.destination,
      shipFrom: c.shipFrom,
      buyer: {
        name: buyer.name,
        hqCountry: buyer.hqCountry,
        listings: buyer.listings,
        ownership: ownership ?? undefined,
      },
      licences: buyer.licences,
      ...(exporter ? { exporter } : {}),
      ...(checkRegulation ? { regulation: checkRegulation } : {}),
    };
    return replayCheck(
      {
        determinationId: c.id,
        bomId: c.bomId,
        bomName: c.bomName,
        buyerKey,
        buyerName: c.buyerName,
        destination: c.destination,
        productLine: c.productLine,
        recorded: recorded.get(c.id) ?? new Map(),
        lines,
        declarations,
        ctx,
        ...(buyer.replayListings ? { replayListings: buyer.replayListings } : {}),
        ...(replayRegulation ? { replayRegulation } : {}),
      },
      parts,
      rules.asOf,
    );
  };
  // a few at a time: PostgreSQL answers them side by side; SQLite's reads are quick either way
  const results = new Array<CheckReplay>(checks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(REPLAY_CONCURRENCY, checks.length) }, async () => {
      while (next < checks.length) {
        const i = next++;
        results[i] = await replayOne(checks[i]!);
      }
    }),
  );
  return {
    rules,
    lists: { replay: replayList, inForce },
    checks: checks.length,
    checksInForce: total,
    summary: summariseReplay(results),
    changes: orderChanges(results.flatMap((r) => r.changes)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The overview's rule changes: the versions that took effect in the period, and what the rules before it would do

/** Checks the overview replays at most: the newest in force; the Replay page runs them all. */
export const OVERVIEW_REPLAY_CAP = 100;
const DEFAULT_PERIOD_DAYS = 365;

export type OverviewRuleChanges = {
  /** the first day of the period (YYYY-MM-DD) and today */
  since: string;
  until: string;
  versions: { id: string; label: string }[];
  /** the rules in force the day before the period, replayed against */
  previous: { asOf: string; id: string; label: string };
  /** null when no version took effect in the period (nothing to replay) */
  replay: { linesChanged: number; checks: number; checksInForce: number; customers: number; boms: number } | null;
  href: string;
};

const memo = globalThis as unknown as {
  __chokepointOverviewReplay?: { key: string; value: Promise<OverviewRuleChanges> };
};

/**
 * Rule-set versions that took effect since `since` (default: a year before today), and how many lines of the newest
 * checks in force (at most OVERVIEW_REPLAY_CAP) would change status under the rules of the day before. Kept per
 * process until a check is recorded, the list in force changes or the day turns, so the overview pays for it once.
 */
export async function overviewRuleChanges(
  role: Role,
  since?: string | null,
  now = new Date(),
): Promise<OverviewRuleChanges> {
  assertMayReplay(role);
  const until = now.toISOString().slice(0, 10);
  const start = since ?? new Date(now.getTime() - DEFAULT_PERIOD_DAYS * 86_400_000).toISOString().slice(0, 10);
  const previousDay = dayBefore(start);
  const key = `${start}|${until}|${await replayStamp()}`;
  if (memo.__chokepointOverviewReplay?.key === key) return memo.__chokepointOverviewReplay.value;
  const value = (async (): Promise<OverviewRuleChanges> => {
    const versions = ruleChangesBetween(previousDay, until);
    const prev = ruleSetFor(previousDay);
    const base = {
      since: start,
      until,
      versions,
      previous: { asOf: previousDay, id: prev.id, label: prev.label },
      href: `/replay?rules=${previousDay}`,
    };
    if (!versions.length) return { ...base, replay: null };
    const r = await replayRules({ rules: previousDay }, role, { limit: OVERVIEW_REPLAY_CAP, now });
    return {
      ...base,
      replay: {
        linesChanged: r.summary.linesChanged,
        checks: r.checks,
        checksInForce: r.checksInForce,
        customers: r.summary.customers,
        boms: r.summary.boms,
      },
    };
  })();
  memo.__chokepointOverviewReplay = { key, value };
  value.catch(() => {
    if (memo.__chokepointOverviewReplay?.key === key) memo.__chokepointOverviewReplay = undefined;
  });
  return value;
}
