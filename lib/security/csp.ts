/**
 * The Content-Security-Policy: scripts only with this request's nonce (and what they load, via
 * 'strict-dynamic'); no framing; no plugins. Styles allow inline attributes, which React and recharts set.
 * Development adds 'unsafe-eval' for React's dev tooling only.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
