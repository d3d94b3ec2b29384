// The pure parts of the benchmark machinery: medians, spreads, the order runs alternate in, and target lines.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  alternate,
  alternationOrder,
  formatRatio,
  formatSpread,
  median,
  pairedRatio,
  ratioTarget,
  rotate,
  rotationOrder,
  runCount,
  serverPort,
  spread,
  target,
  targetNotMeasured,
} from "./lib";

describe("median and spread", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([9, 1, 4])).toBe(4);
    expect(median([2.46, 4.16, 2.82])).toBe(2.82);
  });
  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("refuses no values", () => {
    expect(() => median([])).toThrow("median of no values");
  });
  it("gives the median with the lowest and highest value", () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(formatSpread(spread([1200, 1100, 1310]), (x) => `${(x / 1000).toFixed(2)} s`)).toBe(
      "1.20 s (1.10 s..1.31 s)",
    );
  });
});

describe("alternation", () => {
  it("starts with the baseline and alternates strictly", () => {
    expect(alternationOrder(3)).toEqual(["baseline", "subject", "baseline", "subject", "baseline", "subject"]);
  });
  it("refuses fewer than three runs of each side", () => {
    expect(() => alternationOrder(2)).toThrow("at least 3 alternating runs");
    expect(() => alternationOrder(2.5)).toThrow("at least 3 alternating runs");
  });
  it("rotates a chain of steps round by round", () => {
    expect(rotationOrder(3, 3)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(() => rotationOrder(3, 1)).toThrow("at least two steps");
  });
  it("runs the two sides in that order and returns each side's results with its run number", async () => {
    const log: string[] = [];
    const runs = await alternate(
      3,
      (i) => {
        log.push(`b${i}`);
        return i * 10;
      },
      async (i) => {
        log.push(`s${i}`);
        return `s${i}`;
      },
    );
    expect(log).toEqual(["b0", "s0", "b1", "s1", "b2", "s2"]);
    expect(runs).toEqual({ baseline: [0, 10, 20], subject: ["s0", "s1", "s2"] });
  });
  it("rotates three steps and keeps each step's results apart", async () => {
    const log: string[] = [];
    const step = (name: string) => (i: number) => {
      log.push(`${name}${i}`);
      return `${name}${i}`;
    };
    const [a, b, c] = await rotate(3, [step("raw"), step("parse"), step("import")]);
    expect(log).toEqual(["raw0", "parse0", "import0", "raw1", "parse1", "import1", "raw2", "parse2", "import2"]);
    expect([a, b, c]).toEqual([
      ["raw0", "raw1", "raw2"],
      ["parse0", "parse1", "parse2"],
      ["import0", "import1", "import2"],
    ]);
  });
  it("reads BENCH_RUNS, never below three", () => {
    expect(runCount(undefined)).toBe(3);
    expect(runCount("")).toBe(3);
    expect(runCount(undefined, 5)).toBe(5);
    expect(runCount("7")).toBe(7);
    expect(() => runCount("2")).toThrow(
      'BENCH_RUNS must be a whole number of at least 3 (a median needs three), not "2"',
    );
    expect(() => runCount("many")).toThrow('not "many"');
  });
});

describe("paired ratios", () => {
  // the three single-run import ratios of one day, as pairs: 2.46x, 4.16x, 2.82x
  const baseline = [1000, 1000, 1000];
  const subject = [2460, 4160, 2820];
  it("divides each subject run by the baseline run it was paired with", () => {
    const r = pairedRatio(baseline, subject);
    expect(r.ratios).toEqual([2.46, 4.16, 2.82]);
    expect(r).toMatchObject({ median: 2.82, min: 2.46, max: 4.16, runs: 3 });
    expect(r.baseline).toEqual({ median: 1000, min: 1000, max: 1000 });
    expect(r.subject).toEqual({ median: 2820, min: 2460, max: 4160 });
  });
  it("pairs runs, not medians: a slow moment slows both runs of its pair", () => {
    const r = pairedRatio([100, 300, 100], [200, 600, 200]);
    expect(r.ratios).toEqual([2, 2, 2]);
    expect(r.median).toBe(2);
  });
  it("refuses unpaired or too few runs", () => {
    expect(() => pairedRatio([1, 2, 3], [1, 2])).toThrow("unpaired runs: 3 baseline, 2 subject");
    expect(() => pairedRatio([1, 2], [1, 2])).toThrow("at least 3 pairs, not 2");
  });
  it("prints the median with the number of runs and the spread", () => {
    expect(formatRatio(pairedRatio(baseline, subject))).toBe("2.82x (median of 3 alternating runs, 2.46x..4.16x)");
    expect(formatRatio(pairedRatio(baseline, subject), 1)).toBe("2.8x (median of 3 alternating runs, 2.5x..4.2x)");
  });
});

describe("target lines", () => {
  let saved: typeof process.exitCode;
  beforeEach(() => {
    saved = process.exitCode;
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.exitCode = saved;
  });

  it("prints an ok target and leaves the exit code alone", () => {
    expect(target("index-build", "1.20 s", "< 2 s", true)).toBe("target index-build: 1.20 s (goal < 2 s) ok");
    expect(process.exitCode).toBeUndefined();
  });
  it("prints a short target and makes the benchmark exit 1", () => {
    expect(target("index-build", "4.64 s", "< 2 s", false)).toBe("target index-build: 4.64 s (goal < 2 s) short");
    expect(process.exitCode).toBe(1);
  });
  it("prints a missing measurement as short, with why, and exits 1", () => {
    expect(targetNotMeasured("overview-page", "< 1000 ms", "no production build")).toBe(
      "target overview-page: not measured (no production build) (goal < 1000 ms) short",
    );
    expect(process.exitCode).toBe(1);
  });
  it("judges a ratio target on the median, not on its best or worst run", () => {
    const r = pairedRatio([1000, 1000, 1000], [2460, 4160, 2820]);
    expect(ratioTarget("bom-import-sqlite-vs-papaparse", r, { max: 4 })).toBe(
      "target bom-import-sqlite-vs-papaparse: 2.82x (median of 3 alternating runs, 2.46x..4.16x) (goal median <= 4x) ok",
    );
    expect(process.exitCode).toBeUndefined();
    expect(ratioTarget("bom-import-sqlite-vs-papaparse", r, { max: 2.5 })).toBe(
      "target bom-import-sqlite-vs-papaparse: 2.82x (median of 3 alternating runs, 2.46x..4.16x) (goal median <= 2.5x) short",
    );
    expect(process.exitCode).toBe(1);
  });
  it("judges a speed-up (at least) on the median too", () => {
    const r = pairedRatio([2, 2, 2], [2000, 1000, 3000]);
    expect(ratioTarget("speed-up", r, { min: 1000 }, 0)).toBe(
      "target speed-up: 1000x (median of 3 alternating runs, 500x..1500x) (goal median >= 1000x) ok",
    );
    expect(ratioTarget("speed-up", r, { min: 1001 }, 0)).toMatch(/short$/);
    expect(process.exitCode).toBe(1);
  });
});

describe("server port", () => {
  const saved = process.env.BENCH_PORT;
  afterEach(() => {
    if (saved === undefined) delete process.env.BENCH_PORT;
    else process.env.BENCH_PORT = saved;
  });
  it("takes BENCH_PORT when given", async () => {
    process.env.BENCH_PORT = "3171";
    expect(await serverPort()).toBe(3171);
  });
  it("refuses a BENCH_PORT that is not a port", async () => {
    process.env.BENCH_PORT = "31710000";
    await expect(serverPort()).rejects.toThrow('BENCH_PORT must be a port number, not "31710000"');
  });
  it("otherwise picks a port nobody listens on", async () => {
    delete process.env.BENCH_PORT;
    const port = await serverPort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
  });
});
