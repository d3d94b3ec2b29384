import "server-only";
// Screens names against the lists in force. The candidate index is built once per set of current list versions
// and kept in memory (lib/data/screening.ts), so one search from the UI costs a few milliseconds.
import { screeningIndex, screeningThresholds, type ListsInForce } from "../data/screening";
import { prepareQuery } from "../screening/query";
import { screenPrepared, statusOf } from "../screening/screen";
import type { SourceGroup } from "../screening/sources";
import type { ScreeningQuery, ScreeningResult, Thresholds } from "../screening/types";
import { Slots } from "../security/slots";
import { addressHits } from "../addresses/hits";

export type ScreenRequest = { queries: ScreeningQuery[]; sources: SourceGroup[]; limit?: number };

/** A screen of more names than this is bulk: it waits for a slot and gives the event loop back as it goes. */
const BULK_NAMES = 50;
/** Milliseconds of screening between two yields to the event loop. */
const SLICE_MS = 4;
const globalForSlots = globalThis as unknown as { chokepointBulkScreens?: Slots };
// two at a time keep both cores of a small server busy; more only slice the same CPU thinner
const bulkScreens = () => (globalForSlots.chokepointBulkScreens ??= new Slots(2));

/** Screens names against the lists in force; every result carries the thresholds and list versions used. */
export async function screenNames(
  req: ScreenRequest,
): Promise<{ results: ScreeningResult[]; thresholds: Thresholds; lists: ListsInForce }> {
  const [{ index, lists }, thresholds] = await Promise.all([screeningIndex(), screeningThresholds()]);
  const bulk = req.queries.length > BULK_NAMES;
  // a 5,000-name screen is seconds of CPU: bulk screens run two at a time and yield every few milliseconds,
  // so health checks and other users' requests are answered while they run
  const release = bulk ? await bulkScreens().acquire() : null;
  try {
    const results: ScreeningResult[] = [];
    let sliceStart = performance.now();
    for (const q of req.queries) {
      if (bulk && performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const hits = screenPrepared(index, prepareQuery(index, q.name), q, {
        sources: req.sources,
        thresholds,
        limit: req.limit ?? 10,
      });
      hits.push(...addressHits(index.entries, q, { sources: req.sources, thresholds, named: hits }));
      results.push({ input: q.name, status: statusOf(hits), hits });
    }
    return { results, thresholds, lists };
  } finally {
    release?.();
  }
}
