import "server-only";
// An admin adds or edits a part of the catalogue the licence engine classifies GPUs and accelerators with.
import type { PartInput } from "../data/classification-types";
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

type Actor = { id: string; email: string };

export async function savePart(input: PartInput, actor: Actor): Promise<string> {
  if (input.mpnPattern) {
    try {
      new RegExp(input.mpnPattern, "i");
    } catch {
      throw new AppError("INVALID_INPUT", `MPN pattern "${input.mpnPattern}" is not a valid regular expression.`);
    }
  }
  const data = {
    manufacturer: input.manufacturer,
    product: input.product,
    variant: input.variant,
    mpnPattern: input.mpnPattern,
    datacenter: input.datacenter,
    tpp: input.tpp,
    dieAreaMm2: input.dieAreaMm2,
    performanceDensity:
      input.tpp != null && input.dieAreaMm2 ? Math.round((input.tpp / input.dieAreaMm2) * 100) / 100 : null,
    eccn: input.eccn,
    sources: input.sources,
  };
  const saved = await withAudit(
    actor,
    async (tx) => {
      const before = input.id ? await tx.part.findUnique({ where: { id: input.id } }) : null;
      if (input.id && !before) throw new AppError("NOT_FOUND", "No such part.");
      // an edited reference row becomes the admin's: a later reference load leaves it alone (reference-data.ts)
      const row = input.id
        ? await tx.part.update({ where: { id: input.id }, data: { ...data, isSeed: false }, select: { id: true } })
        : await tx.part.create({ data, select: { id: true } });
      return { id: row.id, before };
    },
    ({ id, before }) => ({
      action: input.id ? "part.updated" : "part.created",
      entityType: "part",
      entityId: id,
      before: before ? { ...before, createdAt: undefined, updatedAt: undefined } : null,
      after: data,
    }),
  );
  return saved.id;
}
