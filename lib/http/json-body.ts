import "server-only";
import type { z } from "zod";
import { AppError } from "../errors";

/** A JSON request body, size-checked and validated; every failure is one clear INVALID_INPUT or TOO_LARGE. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.infer<S>> {
  const tooLarge = () => new AppError("TOO_LARGE", `The request body is over ${Math.round(maxBytes / 1048576)} MB.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const text = await request.text();
  if (text.length > maxBytes) throw tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("INVALID_INPUT", `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  return parsed.data;
}
