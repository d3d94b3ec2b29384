import { describe, expect, it } from "vitest";
import { chineseNumber, toLatin } from "./transliterate";
import { screeningName } from "./normalise";

const tokens = (s: string) => screeningName(s).tokens;

describe("Chinese names by meaning", () => {
  it("translates institution words and writes places in pinyin", () => {
    expect(tokens("国家超级计算长沙中心")).toEqual(["national", "supercomputing", "changsha", "center"]);
    expect(tokens("西北工业大学")).toEqual(["northwestern", "polytechnical", "university"]);
    expect(tokens("中国工程物理研究院")).toEqual(["china", "engineering", "physic", "academy"]);
  });
  it("reads Traditional characters as Simplified", () => {
    expect(tokens("國家超級計算長沙中心")).toEqual(tokens("国家超级计算长沙中心"));
    expect(tokens("國防科技大學")).toEqual(["national", "university", "defense", "technology"]);
  });
  it("numbers the Nth research institute as the lists do, and folds ordinals", () => {
    expect(toLatin("第十三研究所").trim()).toBe("13th research institute");
    expect(tokens("中国电子科技集团公司第五十四研究所")).toEqual([
      "china",
      "electronic",
      "technology",
      "group",
      "corp",
      "54",
      "research",
      "institute",
    ]);
    expect(tokens("CETC 54th Research Institute")).toEqual(["cetc", "54", "research", "institute"]);
  });
  it("reads Chinese numerals up to 999", () => {
    expect(chineseNumber("十三")).toBe(13);
    expect(chineseNumber("五十四")).toBe(54);
    expect(chineseNumber("七〇二")).toBe(702);
    expect(chineseNumber("二十")).toBe(20);
    expect(chineseNumber("一百零八")).toBe(108);
    expect(chineseNumber("研究")).toBeNull();
  });
});
