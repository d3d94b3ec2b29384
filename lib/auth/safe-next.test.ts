import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

const origin = "https://chokepoint.example.com";

describe("safeNext", () => {
  it.each([
    ["/screening?band=match", "/screening?band=match"],
    ["/boms/abc#line-3", "/boms/abc#line-3"],
    ["/audit?q=%2F%2Fnot-a-host", "/audit?q=%2F%2Fnot-a-host"],
    ["/a/../boms", "/boms"],
    ["/%09/evil.example", "/%09/evil.example"], // still encoded: a path on this site, not a tab
  ])("keeps the local path %s", (v, expected) => expect(safeNext(v, origin)).toBe(expected));

  it.each([
    "https://evil.example",
    "http://chokepoint.example.com/x", // absolute, even our own: not a relative path
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/x",
    "/ /evil.example",
    "/.//evil.example",
    "/x/..//evil.example",
    "/./\t/evil.example",
    "/évil",
    "/\u2215\u2215evil.example",
    "/\uff0f/evil.example",
    "javascript:alert(1)",
    "/javascript:alert(1)".replace("/", ""),
    "data:text/html,x",
    "evil.example",
    " /screening",
    "",
    "/".repeat(3000),
    null,
    undefined,
    ["/a", "/b"],
    42,
  ])("refuses %j", (v) => expect(safeNext(v, origin)).toBe("/"));

  it("works without an origin (the browser-side check after signing in)", () => {
    expect(safeNext("/screening")).toBe("/screening");
    expect(safeNext("/\t/evil.example")).toBe("/");
  });
});
