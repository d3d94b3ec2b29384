import "server-only";
import type { AuditActor } from "../audit";
import type { CheckResult } from "../determination-types";
import type { BulkWriter } from "./bulk";

/** The columns of a licence_determination row, in the order its writers give values. */
export const determinationColumns = [
  "id",
  "bomId",
  "buyerId",
  "destination",
  "shipFrom",
  "asOf",
  "listVersionId",
  "ruleSetVersion",
  "outcome",
  "summary",
  "createdById",
  "createdAt",
] as const;

/** Writes a determination and its lines inside the caller's bulk transaction. */
export async function insertDetermination(
  w: BulkWriter,
  determinationId: string,
  bomId: string,
  lineIds: ReadonlyMap<number, number>,
  result: CheckResult,
  actor: AuditActor,
): Promise<void> {
  await w.insert("licence_determination", determinationColumns, [
    [
      determinationId,
      bomId,
      result.buyer.partyId,
      result.context.destination,
      result.context.shipFrom,
      result.context.asOf,
      result.lists.csl?.id ?? null,
      result.ruleSet.id,
      result.summary.outcome,
      {
        ...result.summary,
        regulationVersion: result.regulationVersion ?? null,
        buyer: {
          name: result.buyer.name,
          hqCountry: result.buyer.hqCountry,
          status: result.buyer.screening.status,
          listings: (result.buyer.listings ?? []).map((l) => ({
            sourceCode: l.sourceCode,
            listedName: l.listedName,
            startDate: l.startDate,
            federalRegisterNotice: l.federalRegisterNotice,
          })),
        },
      },
      actor.id,
      new Date(),
    ],
  ]);
  await w.insert(
    "determination_line",
    ["determinationId", "bomLineId", "status", "eccn", "ruleIds", "citations", "reasons"],
    result.lines.map((l) => [
      determinationId,
      lineIds.get(l.lineNo) ?? 0,
      l.status,
      l.eccn,
      l.ruleId,
      l.citation,
      {
        reason: l.reason,
        findings: l.findings,
        assumptions: l.assumptions,
        exceptions: l.exceptions ?? [],
        eccnWhy: l.facts.eccnWhy,
        eccnSource: l.facts.eccnSource,
        part: l.facts.catalogueMatch?.part ?? null,
      },
    ]),
  );
}
