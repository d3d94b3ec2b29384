// Who is calling: the socket's address, unless that address is one of the configured trusted proxies, in
// which case X-Forwarded-For is read from the right (the end our own proxies append to), skipping trusted
// proxies, and the first address that is not one of them is the client. The leftmost values are whatever the
// client sent and are never believed. Plain JavaScript: scripts/server.mjs runs it before Next.js loads.
import net from "node:net";

/**
 * Parses CHOKEPOINT_TRUSTED_PROXIES (comma-separated addresses or CIDR ranges, IPv4 or IPv6). Throws one
 * specific message for an entry that is neither, so a typo is found at start-up.
 * @param {string | undefined} raw
 * @returns {net.BlockList}
 */
export function parseTrustedProxies(raw) {
  const list = new net.BlockList();
  for (const entry of (raw ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const type = net.isIP(address ?? "");
    const bits = prefix === undefined ? (type === 6 ? 128 : 32) : Number(prefix);
    if (!type || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (type === 6 ? 128 : 32))
      throw new Error(
        `CHOKEPOINT_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1)`,
      );
    list.addSubnet(/** @type {string} */ (address), bits, type === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

/**
 * An address as the socket reports it, without the IPv4-mapped IPv6 prefix; null when it is not an address.
 * @param {string | undefined | null} raw
 * @returns {string | null}
 */
export function normaliseAddress(raw) {
  const a = (raw ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return net.isIP(a) ? a : null;
}

/**
 * @param {net.BlockList} trusted
 * @param {string} address a normalised address
 */
function isTrusted(trusted, address) {
  return trusted.check(address, net.isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address. With no trusted proxies (the default) it is the socket address, whatever headers say.
 * @param {string | undefined | null} socketAddress
 * @param {string | string[] | undefined | null} forwardedFor every X-Forwarded-For header, in order
 * @param {net.BlockList} trusted
 * @returns {string | null}
 */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  let client = normaliseAddress(socketAddress);
  if (client === null || !isTrusted(trusted, client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    // junk in the chain was written by someone we do not trust: the last trusted hop is as far as we can see
    if (hop === null) return client;
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}
