import type { NextConfig } from "next";
import { sourceFingerprint } from "./scripts/build-fingerprint.mjs";

// Headers that do not depend on the request; the Content-Security-Policy carries a per-request nonce and is
// set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Each build is named by a hash of its sources, so `npm start` can tell whether .next was built from the
  // sources on disk, whoever built it (scripts/build-fingerprint.mjs). Called by `next build` only.
  generateBuildId: () => sourceFingerprint(import.meta.dirname),
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg"],
  experimental: {
    // Page requests pass through proxy.ts, which buffers their bodies in memory (10 MB each by default). The
    // only bodies pages take are server actions, refused over 1 MB (Next's default bodySizeLimit), so buffer
    // no more than that. The API is not matched by the proxy: route handlers stream and limit their own bodies.
    // serverActions.allowedOrigins is deliberately unset: an action must come from the page's own host.
    proxyClientMaxBodySize: "1mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
