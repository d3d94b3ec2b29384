import { describe, expect, it } from "vitest";
import { canonicalToken, normaliseName, screeningName } from "./normalise";

describe("normaliseName", () => {
  it("folds spacing, case and punctuation so SenseTime is one name however written", () => {
    const joined = ["SenseTime", "Sense Time", "sense-time", "SENSE TIME"].map((n) => normaliseName(n).joined);
    expect(new Set(joined)).toEqual(new Set(["sensetime"]));
  });
  it("folds legal forms across languages and scripts to the same tokens", () => {
    const forms = [
      "Acme Co., Ltd.",
      "Acme Company Limited",
      "Acme Co Ltd",
      "ACME CO.,LTD",
      "Acme 有限公司",
      "Acme 股份有限公司",
    ];
    expect(new Set(forms.map((f) => normaliseName(f).text))).toEqual(new Set(["acme co ltd"]));
    expect(normaliseName("Rheinland Automation GmbH").tokens).toEqual(["rheinland", "automation", "gmbh"]);
    expect(normaliseName("ООО Ромашка").tokens).toEqual(["llc", "romashka"]);
    expect(normaliseName("OOO Romashka").tokens).toEqual(["llc", "romashka"]);
    expect(normaliseName("Romashka LLC").tokens).toEqual(["romashka", "llc"]);
    const jsc = [
      "Public Joint Stock Company Gazprom Neft",
      "Gazprom Neft PJSC",
      "GAZPROM NEFT PAO",
      "Publichnoe Aktsionernoe Obshchestvo Gazprom Neft",
    ];
    expect(jsc.map((n) => normaliseName(n).joined)).toEqual([
      "gazpromneft",
      "gazpromneft",
      "gazpromneft",
      "publichnoegazpromneft",
    ]);
  });
  it("writes out common abbreviations and drops words that carry no identity", () => {
    expect(normaliseName("Beijing Sci-Tech Dev. Intl Co").text).toBe(
      "beijing science technology development international co",
    );
    expect(normaliseName("Yixin Tech").tokens).toEqual(["yixin", "technology"]);
    expect(normaliseName("Shuen Wai Holdings").tokens).toEqual(["shuen", "wai", "holding"]);
    expect(normaliseName("Institute of Computing Technology").tokens).toEqual(["institute", "computing", "technology"]);
  });
  it("keeps the distinctive tokens and leaves legal forms out of the joined form", () => {
    expect(normaliseName("Megvii Technology Limited")).toEqual({
      text: "megvii technology ltd",
      tokens: ["megvii", "technology", "ltd"],
      joined: "megviitechnology",
    });
  });
  it("folds a legal-form word with a one-letter typo", () => {
    expect(normaliseName("CNOOC Liuited").tokens).toEqual(["cnooc", "ltd"]);
    expect(normaliseName("Limited Liability Cuompany VTB").tokens).toEqual(["ltd", "liability", "co", "vtb"]);
  });
  it("does not mistake words that merely contain a legal form", () => {
    expect(normaliseName("Colorado Incubator").tokens).toEqual(["colorado", "incubator"]);
  });
  it("transliterates Cyrillic and strips accents", () => {
    expect(normaliseName("Технологии Привод").tokens).toEqual(["tekhnologii", "privod"]);
    expect(normaliseName("Société Générale").tokens).toEqual(["societe", "generale"]);
  });
  it("reads Chinese names through the glossary and pinyin, Traditional and Simplified alike", () => {
    expect(normaliseName("浙江大华技术股份有限公司").tokens).toEqual(["zhejiangdahua", "technology", "co", "ltd"]);
    expect(normaliseName("浙江大華技術股份有限公司").tokens).toEqual(["zhejiangdahua", "technology", "co", "ltd"]);
    expect(normaliseName("上海依图网络科技有限公司").text).toBe("shanghaiyitu network technology co ltd");
    expect(normaliseName("北京市华为").tokens).toEqual(["beijing", "huawei"]);
  });
});

describe("names made of words that are also names of JavaScript's object members", () => {
  it("are tokens like any other ('constructor', 'toString', 'valueOf', '__proto__')", () => {
    const n = screeningName("Experimental Constructor Bureau toString valueOf __proto__ hasOwnProperty");
    expect(n.tokens.every((t) => typeof t === "string")).toBe(true);
    expect(n.tokens).toContain("constructor");
    expect(canonicalToken("constructor")).toBe("constructor");
  });
});
