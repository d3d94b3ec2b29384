import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";

// A fresh nonce per request: Next.js puts it on its own scripts, so no inline script needs 'unsafe-inline'.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // So a layout can send an anonymous visitor to sign-in and back to the page they asked for.
  requestHeaders.set("x-chokepoint-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Pages only. The API answers JSON (nosniff and the other fixed headers come from next.config.ts), and a
// request that passes through the proxy has its body buffered and cut off at 10 MB: uploads (up to 512 MB)
// must stream straight to their route handler.
export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
