import "server-only";
// A compliance officer records a licence on file for a party: the engine then answers "authorised" for the
// ECCNs, destination and dates it covers.
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

type Actor = { id: string; email: string };

export async function addLicence(
  input: {
    number: string;
    partyId: string;
    destination: string | null;
    eccns: string;
    validFrom: string;
    validTo: string | null;
    note: string | null;
  },
  actor: Actor,
): Promise<string> {
  if (input.validTo && input.validTo < input.validFrom)
    throw new AppError("INVALID_INPUT", "The licence expires before it starts.");
  const row = await withAudit(
    actor,
    async (tx) => {
      const party = await tx.party.findUnique({ where: { id: input.partyId }, select: { id: true } });
      if (!party) throw new AppError("NOT_FOUND", "No such party.");
      return tx.licenceOnFile.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
    },
    (created) => ({ action: "licence.added", entityType: "licence", entityId: created.id, after: input }),
  );
  return row.id;
}
