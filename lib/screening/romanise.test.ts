import { describe, expect, it } from "vitest";
import { buildCandidateIndex } from "./candidate-index";
import { normaliseName } from "./normalise";
import { consonantSkeleton, hangulWords } from "./romanise";
import { screenOne } from "./screen";
import type { ScreenableEntry } from "./types";

const listVersion = { id: "v1", label: "Test list", publishedOn: "2023-11-01" };
let n = 0;
const entry = (name: string, aliases: string[] = [], countries = ["IR"]): ScreenableEntry => ({
  id: `e${++n}`,
  entryKey: `EL|${name}`,
  contentHash: `h${n}`,
  sourceCode: "EL",
  listKind: "csl",
  name,
  aliases: aliases.map((a) => ({ name: a, kind: "alias" as const })),
  countries,
  addresses: null,
  listVersion,
});
// words the list holds elsewhere, as the real list does
const filler = Array.from({ length: 40 }, (_, i) =>
  entry(
    `${["Tehran", "Shiraz", "Pyongyang", "Isfahan"][i % 4]} ${["Alborz", "Zagros", "Daedong", "Karun"][i % 4]}${i} Trading Company`,
  ),
);
const aeoi = entry("Atomic Energy Organization of Iran (AEOI)", ["Sazeman-e Energy Atomi", "Sazeman-e Enerji-e Atomi"]);
const korea = entry("Korea Mining Development Trading Corporation", ["KOMID"], ["KP"]);
const kangbong = entry("Kangbong Trading Corporation", [], ["KP"]);
const index = buildCandidateIndex([...filler, aeoi, korea, kangbong]);

describe("Arabic and Persian script against the list's romanised forms", () => {
  it("a consonant skeleton drops the vowels the script does not write and folds digraphs", () => {
    expect(consonantSkeleton("Sazeman")).toBe("szmn");
    expect(consonantSkeleton("szmn")).toBe("szmn");
    expect(consonantSkeleton("enerji")).toBe(consonantSkeleton("nrzhy"));
    expect(consonantSkeleton("sherkat")).toBe(consonantSkeleton("shrkt"));
    expect(consonantSkeleton("Qods")).toBe(consonantSkeleton("kds"));
  });

  it("the Persian name of a listed Iranian organisation meets its romanised alias", () => {
    const r = screenOne(index, { name: "سازمان انرژی اتمی ایران" });
    expect(r.status).not.toBe("clear");
    expect(r.hits[0]!.entryId).toBe(aeoi.id);
    expect(r.hits[0]!.explanation.matchedName).toBe("Sazeman-e Enerji-e Atomi");
  });

  it("an unrelated Persian name stays clear", () => {
    expect(screenOne(index, { name: "شرکت فرش دستباف تبریز" }).status).toBe("clear");
  });
});

describe("Hangul against the list's romanised and translated forms", () => {
  it("company words are translated and the rest romanised as one word", () => {
    expect(hangulWords("강봉무역회사").replace(/\s+/g, " ").trim()).toBe("강봉 trading co");
    expect(normaliseName("조선광업개발무역회사").text).toBe("korea mining development trading co");
    expect(normaliseName("강봉무역회사").text).toBe("gangbong trading co");
  });

  it("a North Korean company's Korean name meets its English listing", () => {
    const r = screenOne(index, { name: "조선광업개발무역회사" });
    expect(r.status).toBe("match");
    expect(r.hits[0]!.entryId).toBe(korea.id);
  });

  it("Revised Romanisation meets the list's McCune-Reischauer spelling one letter apart (gangbong / Kangbong)", () => {
    const r = screenOne(index, { name: "강봉무역회사" });
    expect(r.status).not.toBe("clear");
    expect(r.hits[0]!.entryId).toBe(kangbong.id);
  });
});
