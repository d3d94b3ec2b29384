import "server-only";
// An audit pack: everything a regulator asks about one BOM check or one party, in one file. The determination
// (or the party's hits and decisions with their notes), the list and rule versions used, and every audit entry
// about it with its hash, so the pack can be checked against the chain.
import { db } from "../db";
import { AppError } from "../errors";
import { listAudit, verifyAuditChain } from "./audit";
import { getDetermination } from "./determinations";

async function chainState() {
  const c = await verifyAuditChain();
  return { entries: c.entries, intact: c.problems.length === 0 };
}

async function auditEntries(entityType: string, entityIds: string[]) {
  const rows = await listAudit(10_000, { entityType, entityIds });
  const hashes = new Map(
    (
      await db().auditLog.findMany({
        where: { seq: { in: rows.map((r) => r.seq) } },
        select: { seq: true, hash: true, prevHash: true },
      })
    ).map((h) => [h.seq, h]),
  );
  return rows.map((r) => ({ ...r, hash: hashes.get(r.seq)?.hash, prevHash: hashes.get(r.seq)?.prevHash }));
}

export async function determinationPack(id: string) {
  const d = await getDetermination(id);
  if (!d) throw new AppError("NOT_FOUND", "No such determination.");
  const list = await db().licenceDetermination.findUnique({ where: { id }, select: { listVersionId: true } });
  const version = list?.listVersionId
    ? await db().listVersion.findUnique({
        where: { id: list.listVersionId },
        select: { id: true, label: true, publishedOn: true, fileName: true, fileSha256: true, createdAt: true },
      })
    : null;
  const entries = (await auditEntries("bom", [d.bomId])).filter(
    (e) =>
      e.action !== "determination.recorded" || (e.after as { determinationId?: string } | null)?.determinationId === id,
  );
  return {
    kind: "determination-audit-pack",
    generatedAt: new Date().toISOString(),
    determination: d,
    listVersion: version,
    ruleSet: d.ruleSet,
    auditEntries: entries,
    chain: await chainState(),
  };
}

export async function partyPack(partyId: string) {
  const party = await db().party.findUnique({
    where: { id: partyId },
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      address: true,
      identifiers: true,
      parentName: true,
      createdAt: true,
    },
  });
  if (!party) throw new AppError("NOT_FOUND", "No such party.");
  const [decisions, hits] = await Promise.all([
    db().complianceDecision.findMany({
      where: { partyId },
      orderBy: { decidedAt: "asc" },
      select: {
        decision: true,
        note: true,
        entryKey: true,
        entryHash: true,
        listVersionId: true,
        decidedAt: true,
        expiresAt: true,
        version: true,
        supersededAt: true,
        decidedById: true,
      },
    }),
    db().screeningMatch.findMany({
      where: { partyId },
      orderBy: { createdAt: "asc" },
      select: {
        runId: true,
        queryName: true,
        matchedName: true,
        entryKey: true,
        entryHash: true,
        sourceCode: true,
        score: true,
        band: true,
        explanation: true,
        createdAt: true,
        run: {
          select: {
            trigger: true,
            thresholds: true,
            listVersion: { select: { id: true, label: true, publishedOn: true, fileSha256: true } },
          },
        },
      },
    }),
  ]);
  const users = new Map(
    (
      await db().user.findMany({
        where: { id: { in: decisions.map((d) => d.decidedById) } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.id, u.email]),
  );
  return {
    kind: "party-audit-pack",
    generatedAt: new Date().toISOString(),
    party,
    screeningHits: hits,
    decisions: decisions.map((d) => ({ ...d, decidedBy: users.get(d.decidedById) ?? d.decidedById })),
    auditEntries: await auditEntries("party", [partyId]),
    chain: await chainState(),
  };
}
