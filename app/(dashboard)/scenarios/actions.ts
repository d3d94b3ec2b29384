"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { toMinorUnits } from "@/lib/money";
import { AppError } from "@/lib/errors";
import { saveScenario } from "@/lib/operations/save-scenario";
import { setLineAssumptions } from "@/lib/operations/set-line-assumptions";
import { enterFinancial } from "@/lib/operations/enter-financial";

const schema = z.object({
  name: z.string().trim().min(1, "Name the scenario.").max(120),
  params: z.string().max(20_000),
});

export const saveScenarioAction = validatedAction("scenarios:save", schema, async ({ name, params }, actor) => {
  let raw: unknown;
  try {
    raw = JSON.parse(params);
  } catch {
    throw new AppError("INVALID_INPUT", "The scenario could not be read: reload the page.");
  }
  const saved = await saveScenario(name, raw, { id: actor.id, email: actor.email });
  revalidatePath("/scenarios");
  return `Saved “${name}” as version ${saved.version}.`;
});

const bp = z.coerce.number().int("Whole basis points.").min(-10_000).max(10_000);
export const setAssumptionsAction = validatedAction(
  "scenarios:save",
  z.object({
    productLineId: z.string().min(1),
    growthBp: bp,
    exposureBp: z
      .union([z.literal(""), z.coerce.number().int().min(0).max(10_000)])
      .transform((v) => (v === "" ? null : v)),
  }),
  async (input, actor) => {
    await setLineAssumptions(input, { id: actor.id, email: actor.email });
    revalidatePath("/scenarios");
    return "Assumptions saved.";
  },
);

export const enterFinancialAction = validatedAction(
  "scenarios:save",
  z.object({
    productLineId: z.string().min(1),
    period: z.string().regex(/^\d{4}$/, "A year such as 2025."),
    revenue: z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, "An amount such as 1250000.00."),
    cost: z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, "An amount such as 800000.00."),
  }),
  async (input, actor) => {
    await enterFinancial(
      {
        productLineId: input.productLineId,
        period: input.period,
        revenueMinor: toMinorUnits(input.revenue),
        costMinor: toMinorUnits(input.cost),
      },
      { id: actor.id, email: actor.email },
    );
    revalidatePath("/scenarios");
    return `Financials for ${input.period} saved.`;
  },
);
