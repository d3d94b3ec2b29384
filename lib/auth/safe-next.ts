/**
 * Where to go after signing in: a path on this site, never another (open-redirect guard). `next` arrives
 * percent-decoded, so a tab or newline in it is real: browsers drop tabs and newlines from a URL, turning
 * "/\t/evil.example" into "//evil.example", and Node refuses them (and non-ASCII) in a Location header, so a
 * redirect to one is a 500. Anything but printable ASCII is refused outright; the rest is resolved with the URL
 * API against our origin and kept only if it stays there and cannot be read as protocol-relative.
 */
export function safeNext(next: unknown, origin = "http://localhost"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2048) return "/";
  if (!next.startsWith("/") || /[^\x21-\x7e]|\\/.test(next)) return "/";
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
