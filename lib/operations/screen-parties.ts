import "server-only";
// A compliance officer screens every stored party against the lists in force, as a run with progress (or the
// system does, when a new list version becomes current). Parties are read a page at a time and their hits
// written in bulk, so a million parties screen without holding them all in memory. The run's end and its
// audit entries commit together.
import { type AuditActor } from "../data/audit";
import { newId, type Cell } from "../data/writes/bulk";
import { screeningIndex, screeningThresholds } from "../data/screening";
import { partiesPage, partyCount, reopenedDecisions, type RunTrigger } from "../data/screening-runs";
import { prepareQuery } from "../screening/query";
import { screenPrepared } from "../screening/screen";
import { addressHits } from "../addresses/hits";
import type { SourceGroup } from "../screening/sources";
import { appendAuditIn, inAuditedTransaction } from "../data/writes/audit-append";
import { createScreeningRun, markRunFailed, writeRunPage } from "../data/writes/screening-runs";

const PAGE = 2000;

/**
 * Creates the run and screens in the background; `done` settles when it has finished (the CLI and tests wait
 * for it, a server action does not). A failure marks the run failed with its reason and is logged.
 */
export async function startPartyScreening(opts: {
  trigger: RunTrigger;
  actor: AuditActor;
  sources?: SourceGroup[];
}): Promise<{ runId: string; done: Promise<void> }> {
  const [{ index, lists }, thresholds, count] = await Promise.all([
    screeningIndex(),
    screeningThresholds(),
    partyCount(),
  ]);
  const sources = opts.sources?.length ? opts.sources : (["all"] as SourceGroup[]);
  const listVersionId = lists.csl?.id ?? lists.internal!.id;
  const run = {
    id: await createScreeningRun({
      listVersionId,
      internalVersionId: lists.internal?.id ?? null,
      sources,
      thresholds,
      trigger: opts.trigger,
      partyCount: count,
      createdById: opts.actor.id,
    }),
  };
  const done = (async () => {
    let cursor: string | undefined;
    let processed = 0;
    let flagged = 0;
    for (;;) {
      const parties = await partiesPage(cursor, PAGE);
      if (parties.length === 0) break;
      const rows: Cell[][] = [];
      const now = new Date();
      for (const p of parties) {
        const hits = screenPrepared(index, prepareQuery(index, p.name), p, { sources, thresholds, limit: 10 });
        hits.push(...addressHits(index.entries, p, { sources, thresholds, named: hits }));
        if (hits.length) flagged++;
        for (const h of hits)
          rows.push([
            newId(),
            run.id,
            p.id,
            p.name,
            h.entryId,
            h.entryKey,
            h.contentHash,
            h.sourceCode,
            h.explanation.matchedName,
            h.score,
            h.band,
            h.explanation,
            now,
          ]);
      }
      processed += parties.length;
      await writeRunPage(run.id, rows, processed);
      cursor = parties[parties.length - 1]!.id;
    }
    const reopened = await reopenedDecisions(run.id);
    // the run's end, the decisions it reopened and its own entry commit together
    await inAuditedTransaction(async (tx) => {
      await tx.screeningRun.update({
        where: { id: run.id },
        data: { status: "succeeded", finishedAt: new Date(), processed },
      });
      for (const d of reopened) {
        await appendAuditIn(tx, opts.actor, {
          action: "decision.reopened",
          entityType: "party",
          entityId: d.partyId,
          before: { decision: d.decision, entryKey: d.entryKey, entryHash: d.before },
          after: { entryHash: d.after, reason: "the listed entry changed in a later list version", runId: run.id },
        });
      }
      await appendAuditIn(tx, opts.actor, {
        action: "screening.run",
        entityType: "screening-run",
        entityId: run.id,
        after: {
          trigger: opts.trigger,
          sources,
          thresholds,
          lists,
          parties: processed,
          flagged,
          reopened: reopened.length,
        },
      });
    });
  })().catch(async (e: unknown) => {
    console.error("party screening failed", e);
    await markRunFailed(run.id, (e as Error).message ?? String(e)).catch(() => undefined);
  });
  return { runId: run.id, done };
}
