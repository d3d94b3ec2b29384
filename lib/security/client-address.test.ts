import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address.mjs";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("clientAddress", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.9", none)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:192.0.2.4", "203.0.113.9, 198.51.100.1", none)).toBe("192.0.2.4");
  });
  it("is the socket address when the socket is not a trusted proxy", () => {
    expect(clientAddress("192.0.2.4", "203.0.113.9", proxies)).toBe("192.0.2.4");
  });
  it("reads X-Forwarded-For from the right behind a trusted proxy, ignoring what the client prepended", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3", proxies)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.9, 10.1.2.3"], proxies)).toBe("203.0.113.9");
  });
  it("gives each two-value header its own client, never one shared bucket", () => {
    const a = clientAddress("127.0.0.1", "1.1.1.1, 203.0.113.1", proxies);
    const b = clientAddress("127.0.0.1", "1.1.1.1, 203.0.113.2", proxies);
    expect([a, b]).toEqual(["203.0.113.1", "203.0.113.2"]);
  });
  it("stops at junk in the chain (the last trusted hop), and is the proxy itself without a header", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.9, not-an-ip, 10.0.0.7", proxies)).toBe("10.0.0.7");
    expect(clientAddress("127.0.0.1", undefined, proxies)).toBe("127.0.0.1");
    expect(clientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });
  it("refuses a bad trusted-proxy entry with the entry named", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow('"10.0.0.0/33" is not an IP address or CIDR range');
    expect(() => parseTrustedProxies("proxy.internal")).toThrow('"proxy.internal"');
  });
  it("normalises IPv4-mapped addresses and refuses non-addresses", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("unknown")).toBe(null);
  });
});
