import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

describe("contentSecurityPolicy", () => {
  const csp = contentSecurityPolicy("abc123", false);
  it("allows scripts only by nonce, never unsafe-inline", () => {
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });
  it("forbids framing and plugins", () => {
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("adds unsafe-eval in development only", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(csp).not.toContain("unsafe-eval");
  });
});
