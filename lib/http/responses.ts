import "server-only";
import { isAppError, type AppErrorCode } from "../errors";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isUnstorableText } from "../db-errors";

const statusFor: Record<AppErrorCode, number> = {
  CONFIG: 500,
  DB_UNREACHABLE: 503,
  DB_NOT_MIGRATED: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

/**
 * Route handlers answer expected failures as JSON with the right status; an unreachable database is a 503
 * the client may retry; bugs become a bare 500.
 */
export function errorResponse(e: unknown): Response {
  if (isAppError(e))
    return Response.json(
      { error: { code: e.code, message: e.message } },
      {
        status: statusFor[e.code],
        headers: e.retryAfterSeconds === undefined ? {} : { "retry-after": String(e.retryAfterSeconds) },
      },
    );
  if (isDatabaseUnavailable(e)) {
    console.error(`database unavailable: ${(e as Error).message?.split("\n").filter(Boolean).pop() ?? e}`);
    return Response.json(
      { error: { code: "DB_UNREACHABLE", message: DATABASE_UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { "retry-after": "5" } },
    );
  }
  if (isUnstorableText(e))
    return Response.json(
      {
        error: {
          code: "INVALID_INPUT",
          message: "The request contains a NUL character, which cannot be stored or looked up.",
        },
      },
      { status: 400 },
    );
  console.error(e);
  return Response.json({ error: { code: "INTERNAL", message: "Internal error" } }, { status: 500 });
}

export function jsonResponse(body: unknown, init?: ResponseInit): Response {
  return new Response(
    JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
    { ...init, headers: { "content-type": "application/json", ...init?.headers } },
  );
}
