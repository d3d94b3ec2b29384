import { describe, expect, it } from "vitest";
import { buildCandidateIndex } from "./candidate-index";
import { detectScript, knownAliasKey, listedNameKey, withKnownAliases, type KnownAlias } from "./known-aliases";
import { screenOne } from "./screen";
import type { ScreenableEntry } from "./types";

const listVersion = { id: "v1", label: "Test list", publishedOn: "2023-11-01" };
const entry = (id: string, name: string, aliases: ScreenableEntry["aliases"] = []): ScreenableEntry => ({
  id,
  entryKey: `EL|${name}`,
  contentHash: `h-${id}`,
  sourceCode: "EL",
  listKind: "csl",
  name,
  aliases,
  countries: ["CN"],
  addresses: null,
  listVersion,
});
const filler = Array.from({ length: 40 }, (_, i) =>
  entry(`f${i}`, `Shenzhen ${["Alpha", "Bravo", "Charlie", "Delta"][i % 4]}${i} Technology Co., Ltd.`),
);
const hikvision = entry("hik", "Hangzhou Hikvision Digital Technology Co., Ltd.", [
  { name: "Hikvision", kind: "alias" },
]);
const dahua = entry("dahua", "Dahua Technology");
const known: KnownAlias[] = [
  {
    listedName: "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO. LTD",
    alias: "杭州海康威视数字技术股份有限公司",
    script: "hans",
    source: "https://www.hikvision.com/cn/",
  },
  { listedName: "Hikvision", alias: "海康威视", script: "hans", source: "https://zh.wikipedia.org/wiki/海康威视" },
  {
    listedName: "Dahua Technology",
    alias: "浙江大华技术股份有限公司",
    script: "hans",
    source: "https://www.dahuatech.com/",
  },
  { listedName: "Not On The List Ltd", alias: "无关公司", script: "hans", source: "somewhere" },
];

describe("known aliases of listed entries", () => {
  it("a listed name is keyed regardless of case, punctuation and how the legal form is written", () => {
    expect(listedNameKey("Hangzhou Hikvision Digital Technology Co., Ltd.")).toBe(
      listedNameKey("HANGZHOU HIKVISION DIGITAL TECHNOLOGY COMPANY LIMITED"),
    );
    expect(knownAliasKey({ listedName: "Dahua Technology", alias: " 浙江大华 " })).toBe("dahua technology|浙江大华");
  });

  it("the script of an alias is told by its first telling letter", () => {
    expect(detectScript("华为技术有限公司")).toBe("han");
    expect(detectScript("سازمان انرژی اتمی ایران")).toBe("arabic");
    expect(detectScript("삼성전자")).toBe("hangul");
    expect(detectScript("ООО Ромашка")).toBe("cyrillic");
    expect(detectScript("(1) Huawei")).toBe("latin");
    expect(detectScript("123")).toBe("other");
  });

  it("attaches an alias to the entry by its name or by one of its listed aliases, with its source", () => {
    const [hik, dh] = withKnownAliases([hikvision, dahua], known);
    expect(hik!.aliases).toEqual([
      { name: "Hikvision", kind: "alias" },
      { name: "杭州海康威视数字技术股份有限公司", kind: "alias", source: "https://www.hikvision.com/cn/" },
      { name: "海康威视", kind: "alias", source: "https://zh.wikipedia.org/wiki/海康威视" },
    ]);
    expect(dh!.aliases).toEqual([
      { name: "浙江大华技术股份有限公司", kind: "alias", source: "https://www.dahuatech.com/" },
    ]);
    // the entries themselves are not changed
    expect(dahua.aliases).toEqual([]);
  });

  it("an alias the entry already lists is not added twice", () => {
    const [hik] = withKnownAliases([hikvision], [{ ...known[0]!, alias: "Hikvision" }]);
    expect(hik!.aliases).toEqual([{ name: "Hikvision", kind: "alias" }]);
  });

  it("a registered Chinese name whose brand is not its pinyin matches, and the explanation names the alias's source", () => {
    const index = buildCandidateIndex(withKnownAliases([...filler, hikvision, dahua], known));
    const without = buildCandidateIndex([...filler, hikvision, dahua]);
    expect(screenOne(without, { name: "浙江大华技术股份有限公司" }).status).toBe("clear");
    const r = screenOne(index, { name: "浙江大华技术股份有限公司" });
    expect(r.status).toBe("match");
    expect(r.hits[0]!.entryId).toBe("dahua");
    expect(r.hits[0]!.explanation.matchedName).toBe("浙江大华技术股份有限公司");
    expect(r.hits[0]!.explanation.matchedSource).toBe("https://www.dahuatech.com/");
    expect(r.hits[0]!.explanation.reasons).toContain(
      'matched "浙江大华技术股份有限公司", a known name of the listed entry (source: https://www.dahuatech.com/)',
    );
    // Traditional characters meet the Simplified alias
    const t = screenOne(index, { name: "杭州海康威視數字技術股份有限公司" });
    expect(t.status).toBe("match");
    expect(t.hits[0]!.entryId).toBe("hik");
    expect(t.hits[0]!.explanation.matchedSource).toBe("https://www.hikvision.com/cn/");
  });

  it("a hit on the list's own name carries no alias source", () => {
    const index = buildCandidateIndex(withKnownAliases([...filler, hikvision, dahua], known));
    const r = screenOne(index, { name: "Dahua Technology" });
    expect(r.hits[0]!.explanation.matchedKind).toBe("name");
    expect(r.hits[0]!.explanation.matchedSource).toBeUndefined();
  });
});
