import { describe, expect, it } from "vitest";
import { listingDateLines } from "./listing-dates";

const sensetime = {
  sourceCode: "EL",
  listedName: "Beijing SenseTime Technology Development Co., Ltd.",
  startDate: "2019-10-09",
  federalRegisterNotice: "84 FR 54002",
};

describe("listingDateLines", () => {
  it("says a listing after the check's date did not bind on it", () => {
    expect(listingDateLines([sensetime], "2019-06-01")).toEqual([
      'Entity List as "Beijing SenseTime Technology Development Co., Ltd.", listed from 2019-10-09, 84 FR 54002: not yet listed on 2019-06-01.',
    ]);
  });
  it("says a listing on or before the date was in force", () => {
    expect(listingDateLines([sensetime], "2019-10-09")[0]).toContain(
      "listed from 2019-10-09, 84 FR 54002: in force on 2019-10-09.",
    );
  });
  it("says so when the list gives no date, and names lists it does not know by their code", () => {
    expect(
      listingDateLines(
        [{ sourceCode: "XYZ", listedName: "Acme", startDate: null, federalRegisterNotice: null }],
        "2024-01-01",
      ),
    ).toEqual(['XYZ as "Acme" (listing date not given by the list).']);
  });
});
