import { z } from "zod";
import { importKinds, isFormatOf } from "./kinds";

/** The analyst's choices sent with analyse and commit: kind, format, column mapping, label. */
export const overridesSchema = z
  .object({
    kind: z.enum(importKinds).optional(),
    format: z.string().max(40).optional(),
    mapping: z.record(z.string().max(40), z.number().int().min(0).max(1000)).optional(),
    label: z.string().trim().max(200).optional(),
  })
  .refine((o) => !o.format || !o.kind || isFormatOf(o.kind, o.format), {
    message: "that format does not belong to that kind",
    path: ["format"],
  });
