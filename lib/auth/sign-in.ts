import "server-only";
// Sign-in attempts are limited per account and per client address before Better Auth checks the password.
import { recordSignInFailure } from "../data/writes/security-events";
import { clearAccountAttempts, consumeSignInAttempt } from "../data/writes/sign-in-limits";
import { signInLimits } from "../env";
import { clientIp } from "../security/client-ip";

function emailOf(bytes: Uint8Array): string | null {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { email?: unknown };
    return typeof body.email === "string" && body.email.trim() ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

export async function signInWithLimits(
  request: Request,
  bytes: Uint8Array,
  signIn: (r: Request) => Promise<Response>,
): Promise<Response> {
  const email = emailOf(bytes);
  const address = clientIp(request.headers);
  const attempt = await consumeSignInAttempt({ email, address }, signInLimits(), Date.now());
  if (!attempt.allowed) {
    // refused before Better Auth sees it, so its hooks never record it: recorded here (coalesced per account
    // and address, so a flood costs the chain two entries a minute)
    await recordSignInFailure(email ?? "", address, "rate limited");
    return Response.json(
      { code: "TOO_MANY_REQUESTS", message: "Too many sign-in attempts. Wait and try again." },
      { status: 429, headers: { "retry-after": String(attempt.retryAfterSeconds) } },
    );
  }
  const response = await signIn(request);
  if (response.ok && email) await clearAccountAttempts(email);
  return response;
}
