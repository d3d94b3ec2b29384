import "server-only";
// The one wrapper every route handler that changes data goes through (tests/db/request-guard.test.ts checks
// each POST/PUT/PATCH/DELETE export of app/api is built by it): it refuses a forged cross-site request, a body
// type a plain HTML form can send, and a body over the route's limit, before the handler authenticates,
// reads or parses anything.
import { appOrigins } from "../auth/origins";
import { AppError } from "../errors";
import { contentTypeProblem, sameOriginVerdict, type BodyKind } from "../security/same-origin";
import { limitedStream, tooLarge as defaultTooLarge } from "./limited-body";
import { errorResponse } from "./responses";

export type MutationOptions = {
  /** What the body is: JSON, JSON or nothing, or the raw uploaded file. */
  body: BodyKind;
  /** The most bytes the handler may read (a function for limits read from the environment at call time). */
  maxBytes: number | (() => number);
  /** The 413's message, where the route has a better one than "The request body is over N MB." */
  tooLarge?: (maxBytes: number) => string;
};

const guarded = Symbol.for("chokepoint.mutation-guard");

type Handler<C extends unknown[]> = (request: Request, ...context: C) => Promise<Response>;

/** Whether a route export was built by `mutation` (for the test that enumerates every route). */
export function isGuarded(handler: unknown): boolean {
  return typeof handler === "function" && (handler as unknown as Record<symbol, unknown>)[guarded] === true;
}

/** Refuses the request (403, 415 or 413) or hands the handler a request whose body stops at the limit. */
export function guardRequest(request: Request, options: MutationOptions): Request {
  const h = request.headers;
  const verdict = sameOriginVerdict(
    {
      origin: h.get("origin"),
      secFetchSite: h.get("sec-fetch-site"),
      // only an API key authenticates instead of the cookie; a browser's cached Basic credentials do not count
      hasAuthorization: (h.get("authorization") ?? "").startsWith("Bearer "),
      hasCookie: h.has("cookie"),
    },
    appOrigins().trustedOrigins,
  );
  if (!verdict.ok) throw new AppError("FORBIDDEN", verdict.reason);
  const problem = contentTypeProblem(h.get("content-type"), options.body);
  if (problem) throw new AppError("UNSUPPORTED_MEDIA_TYPE", problem);
  const maxBytes = typeof options.maxBytes === "function" ? options.maxBytes() : options.maxBytes;
  const tooLarge = () =>
    options.tooLarge ? new AppError("TOO_LARGE", options.tooLarge(maxBytes)) : defaultTooLarge(maxBytes);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return request;
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: limitedStream(request.body, maxBytes, tooLarge),
    signal: request.signal,
    duplex: "half",
  } as RequestInit);
}

export function mutation<C extends unknown[]>(options: MutationOptions, handler: Handler<C>): Handler<C> {
  const wrapped: Handler<C> = async (request, ...context) => {
    let checked: Request;
    try {
      checked = guardRequest(request, options);
    } catch (e) {
      return errorResponse(e);
    }
    return handler(checked, ...context);
  };
  (wrapped as unknown as Record<symbol, unknown>)[guarded] = true;
  return wrapped;
}
