import { describe, expect, it } from "vitest";
import path from "node:path";
import { readSnapshotList } from "../lists/shipped-list";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { buildCandidateIndex, type CandidateIndex } from "./candidate-index";
import { toScreenable } from "./from-listed";
import { screenOne, statusOf } from "./screen";
import { splitAlongVocabulary } from "./query";
import type { ScreenableEntry } from "./types";

const listVersion = { id: "v1", label: "Test list", publishedOn: "2023-11-01" };
let n = 0;
function entry(name: string, sourceCode = "EL", extra: Partial<ScreenableEntry> = {}): ScreenableEntry {
  n++;
  return {
    id: `e${n}`,
    entryKey: `${sourceCode}|${name}`,
    contentHash: `h${n}`,
    sourceCode,
    listKind: "csl",
    name,
    aliases: [],
    countries: ["CN"],
    addresses: null,
    listVersion,
    ...extra,
  };
}

// common words appear in many names, as they do on the real list, so their learned weights are low
const filler = Array.from({ length: 60 }, (_, i) =>
  entry(
    `Beijing ${["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"][i % 6]}${i} Technology Development ${i % 3 ? "Co., Ltd." : "Group"}`,
    "SDN",
  ),
);
const entries = [
  entry("Beijing SenseTime Technology Development Co., Ltd."),
  entry("Sensetime Group Limited", "CMIC", { countries: ["KY"] }),
  entry("National University of Defense Technology (NUDT)", "EL", { aliases: [{ name: "NUDT", kind: "acronym" }] }),
  entry("Rostec Radioelectronic Systems JSC", "SDN", {
    countries: ["RU"],
    aliases: [{ name: "Radioelektronnye Tekhnologii", kind: "alias" }],
  }),
  entry("Dahua Technology", "EL"),
  entry("ZTE Kangxun Telecom Co. Ltd.", "UVL"),
  ...filler,
];
const index = buildCandidateIndex(entries);
// the 2023 CSL snapshot is a copy of another repository's file: read from ../shared/reference, never shipped
const snapshot = "csl/csl-snapshot-2023-11-subset.csv";
const withSnapshot = hasShared("screening on the 2023 CSL snapshot's real word weights", snapshot);
let shipped: CandidateIndex | null = null;
function shippedIndex(): CandidateIndex {
  shipped ??= buildCandidateIndex(
    readSnapshotList(sharedFile(snapshot), path.resolve(import.meta.dirname, "../../data")).entries.map((e, i) =>
      toScreenable(e, `s${i}`, "csl", listVersion),
    ),
  );
  return shipped;
}
const top = (name: string, opts: Parameters<typeof screenOne>[2] = {}, country?: string) =>
  screenOne(index, { name, country }, opts).hits[0];

describe("screenOne", () => {
  it("matches spacing, legal-form, abbreviation, case and word-order variants", () => {
    for (const variant of [
      "Beijing Sense Time Technology Development Company Limited",
      "BEIJING SENSETIME TECH DEV CO LTD",
      "SenseTime Technology Development Beijing Co Ltd",
      "beijing sensetime technology development",
    ]) {
      expect(top(variant)).toMatchObject({
        listedName: "Beijing SenseTime Technology Development Co., Ltd.",
        band: "match",
      });
    }
  });
  it("matches a one-letter typo in the distinctive word, but not two", () => {
    expect(top("Dahau Technology")).toMatchObject({ listedName: "Dahua Technology", band: "match" });
    expect(top("Dhaau Technology")?.listedName).not.toBe("Dahua Technology");
  });
  it("matches acronyms exactly and never inside other words, as a review and never a match", () => {
    expect(top("NUDT")).toMatchObject({
      listedName: "National University of Defense Technology (NUDT)",
      band: "review",
      score: 84,
    });
    expect(top("NUDT")?.explanation.reasons).toContain("an acronym: a review candidate, never a match");
    expect(screenOne(index, { name: "NUDTX Trading" }).hits.filter((h) => h.listedName.includes("NUDT"))).toEqual([]);
    expect(
      screenOne(index, { name: "ZTA Kangxun" }).hits.find((h) =>
        h.explanation.tokens.some((t) => t.query === "zta" && t.listed),
      ),
    ).toBeUndefined();
  });
  it("scores every alias separately and says which one matched", () => {
    const hit = top("Радиоэлектронные Технологии");
    expect(hit).toMatchObject({ listedName: "Rostec Radioelectronic Systems JSC" });
    expect(hit?.explanation.matchedName).toBe("Radioelektronnye Tekhnologii");
    expect(hit?.explanation.matchedKind).toBe("alias");
  });
  it.skipIf(!withSnapshot)(
    "reports a sister company that shares the distinctive word as related, not as an Entity List match",
    () => {
      // on the real list, whose word weights are the real ones
      const hits = screenOne(shippedIndex(), { name: "SenseTime Group Limited" }).hits;
      expect(hits[0]).toMatchObject({ listedName: "Sensetime Group Limited", band: "match", sourceCode: "CMIC" });
      const el = hits.find((h) => h.sourceCode === "EL");
      expect(el).toMatchObject({ listedName: "Beijing SenseTime Technology Development Co., Ltd.", band: "related" });
      expect(el?.explanation.reasons[0]).toMatch(/binds only the named entity/);
    },
    60_000,
  ); // builds the index of the whole snapshot
  it("does not flag a different company that shares only the city and common words", () => {
    expect(screenOne(index, { name: "Beijing Xinrui Technology Development Co., Ltd." }).status).toBe("clear");
  });
  it("lowers the score on a country conflict and raises it a little when the country agrees", () => {
    const agree = top("Dahua Technology", {}, "CN")!;
    const conflict = top("Dahua Technology", {}, "BR")!;
    expect(agree.score).toBe(100);
    expect(conflict.score).toBe(85);
    expect(conflict.explanation.country?.note).toMatch(/conflict/);
  });
  it("limits the screen to the chosen sources", () => {
    expect(
      screenOne(index, { name: "Sensetime Group Limited" }, { sources: ["el"] }).hits.every(
        (h) => h.sourceCode === "EL",
      ),
    ).toBe(true);
    expect(screenOne(index, { name: "ZTE Kangxun Telecom" }, { sources: ["bis"] }).hits[0]?.sourceCode).toBe("UVL");
    expect(screenOne(index, { name: "ZTE Kangxun Telecom" }, { sources: ["el"] }).status).toBe("clear");
  });
  it("explains each token's contribution, the thresholds in force and the list version", () => {
    const hit = top("Beijing SenseTime Technology Co")!;
    const e = hit.explanation;
    const sensetime = e.tokens.find((t) => t.query === "sensetime")!;
    const beijing = e.tokens.find((t) => t.query === "beijing")!;
    expect(sensetime.contribution).toBeGreaterThan(beijing.contribution * 3);
    expect(e.unmatchedListed.map((t) => t.token)).toContain("development");
    expect(e.thresholds).toEqual({ match: 85, review: 70 });
    expect(e.listVersion).toEqual(listVersion);
    expect(Math.round(e.tokens.reduce((s, t) => s + t.contribution, 0))).toBe(e.nameScore);
  });
  it("honours thresholds set by an admin", () => {
    // a typo: scored word by word, no ceiling
    const typo = "Beijing SenseTme Technology Development";
    const score = top(typo)!.score;
    expect(score).toBeLessThan(100);
    expect(top(typo, { thresholds: { match: score, review: 50 } })?.band).toBe("match");
    expect(top(typo, { thresholds: { match: score + 1, review: 50 } })?.band).toBe("review");
    // a ceiling follows the thresholds in force: one below match
    expect(top("Beijing SenseTime Technology Co", { thresholds: { match: 80, review: 50 } })).toMatchObject({
      score: 79,
      band: "review",
    });
  });
});

describe("names that hold a listed name, and names of common words (issue 17)", () => {
  const listed = [
    entry("Dahua Technology"),
    entry("Hikvision"),
    entry("Sichuan University"),
    entry("National Supercomputing Center Changsha (NSCC-CS)", "EL", {
      aliases: [{ name: "NSCC-CS", kind: "acronym" }],
    }),
    entry("China State Shipbuilding Corporation Limited", "CMIC"),
    entry("Shaanxi Aircaft Industry Co., Ltd.", "MEU"),
    entry("China Electronics Technology Group Corporation", "CMIC", { aliases: [{ name: "CETC", kind: "alias" }] }),
    ...filler,
  ];
  const idx = buildCandidateIndex(listed);
  const first = (name: string) => screenOne(idx, { name }).hits[0];
  it("scores a registered name around a listed brand as that name, and says it contains it", () => {
    const hit = first("Zhejiang Dahua Technology Co., Ltd.")!;
    expect(hit).toMatchObject({ listedName: "Dahua Technology", band: "match" });
    expect(hit.explanation.reasons[1]).toBe(
      'contains the listed name "Dahua Technology": the other words are places, industry words or legal forms, which count for little',
    );
    expect(Math.round(hit.explanation.tokens.reduce((a, t) => a + t.contribution, 0))).toBe(hit.explanation.nameScore);
    // extra industry words may name another company of the brand's group: a review, not a match
    const hik = first("Hangzhou Hikvision Digital Technology Co., Ltd.")!;
    expect(hik).toMatchObject({ listedName: "Hikvision", band: "review", score: 84 });
    expect(hik.explanation.reasons[1]).toMatch(/^contains the listed name "Hikvision"/);
  });
  it("scores a bare brand as the listed entity whose distinctive word it is, not as a relative", () => {
    const hit = screenOne(index, { name: "SenseTime" }).hits.find((h) => h.sourceCode === "EL")!;
    expect(hit.listedName).toBe("Beijing SenseTime Technology Development Co., Ltd.");
    expect(["match", "review"]).toContain(hit.band);
    expect(hit.explanation.reasons[1]).toMatch(/^the listed name ".*" contains this name/);
  });
  it("does not let a name that holds a listed brand plus another distinctive word count as it", () => {
    expect(first("Dahua Xinrui Trading")?.band).not.toBe("match");
  });
  it("does not alert on names that share only common words or a city", () => {
    expect(screenOne(idx, { name: "Sichuan Normal University" }).status).toBe("clear");
    expect(screenOne(idx, { name: "Beijing University" }).status).toBe("clear");
    expect(screenOne(idx, { name: "National Supercomputing Center Wuxi" }).status).toBe("clear");
    expect(screenOne(idx, { name: "China Electronics Company Limited" }).status).toBe("clear");
    // a typo of a common word on the list is still a common word
    expect(screenOne(idx, { name: "General Aircraft Industry Co., Ltd." }).status).toBe("clear");
  });
  it("matches a listed name of common words written in full, and reviews it without its place", () => {
    expect(first("China State Shipbuilding Corp. Ltd.")).toMatchObject({ band: "match" });
    expect(first("State Shipbuilding Corporation Limited")).toMatchObject({
      listedName: "China State Shipbuilding Corporation Limited",
      band: "review",
    });
    expect(first("China Electronics Technology Group Corporation")).toMatchObject({ score: 100, band: "match" });
  });
  it("meets spelling variants of the key word", () => {
    expect(first("National Supercomputer Centre Changsha")).toMatchObject({
      listedName: "National Supercomputing Center Changsha (NSCC-CS)",
      band: "match",
    });
  });
  it("reviews, and never matches, an exact acronym or the initials of a listed name", () => {
    expect(first("NSCC-CS")).toMatchObject({ band: "review", score: 84 });
    const initials = first("NSCC")!;
    expect(initials).toMatchObject({ listedName: "National Supercomputing Center Changsha (NSCC-CS)", band: "review" });
    expect(initials.explanation.matchedKind).toBe("acronym");
    expect(first("CETC")).toMatchObject({ band: "review", score: 84 });
    expect(screenOne(idx, { name: "NSCC Trading" }).hits.filter((h) => h.listedName.includes("NSCC"))).toEqual([]);
  });
});

describe("statusOf", () => {
  it("is match when any hit matches, review for review or related hits, clear otherwise", () => {
    expect(statusOf([{ band: "related" }, { band: "match" }])).toBe("match");
    expect(statusOf([{ band: "related" }])).toBe("review");
    expect(statusOf([])).toBe("clear");
  });
});

describe("splitAlongVocabulary", () => {
  const vocab = new Map([
    ["zhejiang", 0],
    ["dahua", 1],
    ["tai", 2],
    ["hong", 3],
  ]);
  it("splits a joined word into the fewest listed words", () =>
    expect(splitAlongVocabulary("zhejiangdahua", vocab)).toEqual(["zhejiang", "dahua"]));
  it("does not cut words into syllables shorter than four letters", () =>
    expect(splitAlongVocabulary("hongtai", vocab)).toBeNull());
});
