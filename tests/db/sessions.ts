// Signing in through Better Auth's real route handler, for tests that need a browser's session cookie.
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { appOrigins } from "@/lib/auth/origins";

export const appOrigin = () => appOrigins().baseURL;

export function signInRequest(email: string, password: string, headers: Record<string, string> = {}): Request {
  return new Request(`${appOrigin()}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appOrigin(), ...headers },
    body: JSON.stringify({ email, password }),
  });
}

export const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  authPost(signInRequest(email, password, headers));

/** The Cookie header a browser would send after this sign-in. */
export async function sessionCookie(email: string, password: string): Promise<string> {
  const res = await signIn(email, password);
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: HTTP ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}
