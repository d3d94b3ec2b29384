import { describe, expect, it } from "vitest";
import { paragraphRefs, scopeCovers, splitEccn } from "./chart-scope";

describe("reading a CCL reason's scope", () => {
  it("splits an ECCN into entry and paragraph", () => {
    expect(splitEccn("3A001.b.2")).toEqual({ base: "3A001", para: ["b", "2"] });
    expect(splitEccn("5a992")).toEqual({ base: "5A992", para: [] });
  });

  it("expands ranges and bare list items", () => {
    expect(paragraphRefs("3B001.a.1 to a.3, b, e, f.2 to f.4, g to j", "3B001").include).toEqual([
      "a.1",
      "a.2",
      "a.3",
      "b",
      "e",
      "f.2",
      "f.3",
      "f.4",
      "g",
      "h",
      "i",
      "j",
    ]);
  });

  it("reads bracketed exceptions apart from the list", () => {
    const r = paragraphRefs("5A001.b (except .b.5), .c, .d, .f (except f.3), .g, and .j", "5A001");
    expect(r.exclude).toEqual(["b.5", "f.3"]);
    expect(r.include).toEqual(expect.arrayContaining(["b", "c", "d", "f", "g", "j"]));
  });

  it("an entire-entry scope covers every paragraph", () => {
    expect(scopeCovers("entire entry", "5A002.a.1")).toBe("yes");
    expect(scopeCovers("entire entry", "5A002")).toBe("yes");
  });

  it("a listed paragraph is covered, an unlisted one is not, and a missing paragraph may be", () => {
    const ns2 = "3B001.a.1 to a.3, b, e, f.2 to f.4, g to j";
    expect(scopeCovers(ns2, "3B001.f.3")).toBe("yes");
    expect(scopeCovers(ns2, "3B001.c.1")).toBe("no");
    expect(scopeCovers(ns2, "3B001")).toBe("maybe");
    // 3B001.f is broader than f.2-f.4: some of it is inside
    expect(scopeCovers(ns2, "3B001.f")).toBe("maybe");
  });

  it("an excepted paragraph is outside; a condition in words leaves it open", () => {
    expect(scopeCovers("5A001.b (except .b.5), .c", "5A001.b.5")).toBe("no");
    expect(scopeCovers("5A001.b (except .b.5), .c", "5A001.b.2")).toBe("yes");
    expect(scopeCovers("entire entry except 0A501.y", "0A501.y.1")).toBe("no");
    expect(scopeCovers("entire entry except 0A501.y", "0A501.a")).toBe("yes");
    expect(scopeCovers("3A001.a.1.a when usable in “missiles”; and 3A001.z.2", "3A001.a.1.a")).toBe("maybe");
    expect(scopeCovers("3A001.a.1.a when usable in “missiles”; and 3A001.z.2", "3A001.b.2")).toBe("no");
  });

  it("an 'except those ... for civil use' is a condition, not an excepted paragraph", () => {
    const ns1 =
      "“Monolithic Microwave Integrated Circuit” (“MMIC”) amplifiers in 3A001.b.2 and discrete microwave transistors in 3A001.b.3, except those 3A001.b.2 and b.3 items being exported or reexported for use in civil telecommunications applications";
    expect(scopeCovers(ns1, "3A001.b.2")).toBe("maybe");
    expect(scopeCovers(ns1, "3A001.b.1")).toBe("no");
  });

  it("a scope without paragraphs (a description) may reach any line", () => {
    expect(scopeCovers("“digital computers” for computerized finger-print equipment", "4A003.b")).toBe("maybe");
  });
});
