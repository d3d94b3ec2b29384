// An is-informed letter as an administrator enters it: validated here, so the form, a test and any later import
// read it the same way.
import { z } from "zod";
import type { IsInformedLetter } from "./is-informed";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD");
const list = (what: string) =>
  z
    .string()
    .trim()
    .transform((s) =>
      s
        .split(/[,;\s]+/)
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .describe(what);

export const isInformedLetterSchema = z
  .object({
    recipient: z.string().trim().min(1, "Name the exporter the letter was addressed to").max(200),
    eccns: list("ECCNs"),
    products: list("products"),
    tppRange: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((s) => s || null),
    destinations: list("destinations").pipe(
      z
        .array(z.string().regex(/^([A-Z]{2}|D:5)$/, "Destinations are ISO alpha-2 codes (CN, HK) or D:5"))
        .min(1, "Name at least one destination (ISO alpha-2, or D:5)"),
    ),
    headquarters: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
    basis: z.enum(["744.21", "744.23"], { message: "744.21 (military end use) or 744.23 (advanced computing)" }),
    issuedOn: day,
    until: z
      .string()
      .trim()
      .optional()
      .transform((s) => s || null)
      .pipe(day.nullable()),
    source: z.string().trim().min(1, "Say where the letter is on file").max(500),
  })
  .refine((l) => l.eccns.length + l.products.length > 0, {
    message: "Name the items: ECCNs, products, or both",
    path: ["products"],
  });

export type IsInformedLetterInput = z.input<typeof isInformedLetterSchema>;
export type NewLetter = Omit<IsInformedLetter, "id">;
