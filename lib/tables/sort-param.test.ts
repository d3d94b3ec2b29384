import { describe, expect, it } from "vitest";
import { parseSortParam, sortParam } from "./sort-param";

describe("sort URL state", () => {
  it("round-trips", () => {
    const s = [
      { id: "name", desc: false },
      { id: "score", desc: true },
    ];
    expect(parseSortParam(sortParam(s))).toEqual(s);
  });
  it("ignores malformed parts", () => expect(parseSortParam("name.up,x.desc")).toEqual([{ id: "x", desc: true }]));
});
