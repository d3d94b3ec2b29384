import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { signInWithLimits } from "@/lib/auth/sign-in";
import { mutation } from "@/lib/http/mutation";
import { readLimitedBytes } from "@/lib/http/limited-body";
import { errorResponse } from "@/lib/http/responses";

// Better Auth's own endpoints (sign-in, sign-out, session). They authenticate; they need no role.
const handler = () => toNextJsHandler(auth());
/** Every body Better Auth takes (an email and a password at most) is tiny. */
const MAX_BODY_BYTES = 64 * 1024;

export const GET = (req: Request) => handler().GET(req);

/**
 * The body is read here, at most 64 kB of it, and Better Auth gets a request re-created from those bytes: it
 * would otherwise read a chunked body of any size whole before looking at it.
 */
async function post(request: Request): Promise<Response> {
  try {
    const bytes = await readLimitedBytes(request, MAX_BODY_BYTES);
    const limited = new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body: bytes.byteLength ? bytes : undefined,
      signal: request.signal,
    });
    if (new URL(request.url).pathname.endsWith("/sign-in/email"))
      return await signInWithLimits(limited, bytes, (r) => handler().POST(r));
    return await handler().POST(limited);
  } catch (e) {
    return errorResponse(e);
  }
}
export const POST = mutation({ body: "json-or-none", maxBytes: MAX_BODY_BYTES }, post);
