import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";
import { readLimitedText } from "./limited-body";

/** A JSON request body, read at most `maxBytes` of it while it streams, and validated; every failure is one clear INVALID_INPUT or TOO_LARGE. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
  options: { emptyIs?: unknown } = {},
): Promise<z.infer<S>> {
  const text = await readLimitedText(request, maxBytes);
  // an empty body stands for "no choices" where the caller says so (e.g. {}), and is refused elsewhere
  if (options.emptyIs !== undefined && text.trim() === "") return parsed(schema, options.emptyIs);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.");
  }
  return parsed(schema, json);
}

function parsed<S extends z.ZodType>(schema: S, json: unknown): z.infer<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError("INVALID_INPUT", `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  return result.data;
}
