import { describe, expect, it } from "vitest";
import { detectEncoding, looksBinary } from "./encoding";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));

describe("detectEncoding", () => {
  it("reads byte-order marks", () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ encoding: "utf-16be", bomLength: 2 });
  });
  it("recognises UTF-16 without a BOM", () =>
    expect(detectEncoding(utf16le("name,country\nACME,DE\n")).encoding).toBe("utf-16le"));
  it("takes valid UTF-8 as UTF-8, including Chinese text", () =>
    expect(detectEncoding(new TextEncoder().encode("名称,国家\n商汤科技,CN\n")).encoding).toBe("utf-8"));
  it("falls back to Windows-1252 for bytes that are not UTF-8 (Düsseldorf in Latin-1)", () => {
    expect(detectEncoding(bytes(0x44, 0xfc, 0x73, 0x73, 0x65, 0x6c, 0x64, 0x6f, 0x72, 0x66)).encoding).toBe(
      "windows-1252",
    );
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes in an 8-bit file", () =>
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0), "utf-8")).toBe(true));
  it("passes ordinary CSV", () => expect(looksBinary(new TextEncoder().encode("a,b\n1,2\n"), "utf-8")).toBe(false));
  it("does not flag UTF-16 text", () => expect(looksBinary(utf16le("a,b"), "utf-16le")).toBe(false));
});
