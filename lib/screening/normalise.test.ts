import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise";

describe("normaliseName", () => {
  it("folds spacing, case and punctuation so SenseTime is one name however written", () => {
    const joined = ["SenseTime", "Sense Time", "sense-time", "SENSE TIME"].map((n) => normaliseName(n).joined);
    expect(new Set(joined)).toEqual(new Set(["sensetime"]));
  });
  it("folds legal forms across languages to the same tokens", () => {
    const forms = ["Acme Co., Ltd.", "Acme Company Limited", "Acme Co Ltd", "ACME CO.,LTD", "Acme 有限公司"];
    expect(new Set(forms.map((f) => normaliseName(f).text))).toEqual(new Set(["acme co ltd"]));
    expect(normaliseName("Rheinland Automation GmbH").tokens).toEqual(["rheinland", "automation", "gmbh"]);
    expect(normaliseName("ООО Ромашка").tokens).toEqual(["llc", "ромашка"]);
  });
  it("writes out common abbreviations", () => {
    expect(normaliseName("Beijing Sci-Tech Dev. Intl Co").text).toBe("beijing science technology development international co");
    expect(normaliseName("Yixin Tech").tokens).toEqual(["yixin", "technology"]);
  });
  it("keeps the distinctive tokens and leaves legal forms out of the joined form", () => {
    expect(normaliseName("Megvii Technology Limited")).toEqual({ text: "megvii technology ltd", tokens: ["megvii", "technology", "ltd"], joined: "megviitechnology" });
  });
  it("does not mistake words that merely contain a legal form", () => {
    expect(normaliseName("Colorado Incubator").tokens).toEqual(["colorado", "incubator"]);
  });
});
