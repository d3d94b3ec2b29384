import "server-only";
// The client's address as scripts/server.mjs worked it out from the socket and the trusted proxies, in a
// header whose name is random per process. Without that server (next dev, tests) it is unknown: null, never a
// value read from a header the client could have set.

export function clientIpHeaderName(env: Record<string, string | undefined> = process.env): string | null {
  const name = env.CHOKEPOINT_CLIENT_IP_HEADER;
  return name && /^x-chokepoint-client-ip-[0-9a-f]{24}$/.test(name) ? name : null;
}

export function clientIp(headers: Headers): string | null {
  const name = clientIpHeaderName();
  return name ? headers.get(name) : null;
}
