import { describe, expect, it } from "vitest";
import {
  currentDeterminations,
  isPastDateCheck,
  partLabel,
  rollUpExposure,
  type DeterminationRow,
  type FlaggedLine,
} from "./exposure";

const det = (id: string, over: Partial<DeterminationRow> = {}): DeterminationRow => ({
  id,
  bomId: "bom1",
  bomName: "Camera",
  buyerId: "p1",
  buyerName: "Buyer One",
  destination: "CN",
  productLineId: "pl1",
  productLine: "Cameras",
  createdAt: new Date("2024-06-01T00:00:00Z"),
  ...over,
});
const line = (
  determinationId: string,
  status: FlaggedLine["status"],
  part: string,
  valueMinor: number | null,
  currency: string | null = "USD",
): FlaggedLine => ({ determinationId, bomLineId: 1, status, part, eccn: "3A090", valueMinor, currency });

describe("current determinations", () => {
  it("keeps the newest check per BOM, buyer and destination", () => {
    const old = det("a", { createdAt: new Date("2024-01-01") });
    const newer = det("b", { createdAt: new Date("2024-02-01") });
    const otherDest = det("c", { destination: "DE", createdAt: new Date("2023-01-01") });
    const otherBuyer = det("d", { buyerId: "p2", buyerName: "Buyer Two" });
    expect(
      currentDeterminations([old, otherDest, newer, otherBuyer])
        .map((d) => d.id)
        .sort(),
    ).toEqual(["b", "c", "d"]);
  });

  it("keeps a check as of a past date out of the current exposure, and does not let it supersede", () => {
    const today = det("now", { createdAt: new Date("2026-12-07T09:00:00Z"), asOf: "2026-12-07" });
    const history = det("then", { createdAt: new Date("2026-12-07T10:00:00Z"), asOf: "2019-06-01" });
    expect(currentDeterminations([today, history]).map((d) => d.id)).toEqual(["now"]);
    expect(currentDeterminations([history])).toEqual([]);
  });

  it("counts a check for today or a future shipping date as current", () => {
    const planned = det("planned", { createdAt: new Date("2026-12-07T10:00:00Z"), asOf: "2027-01-15" });
    expect(currentDeterminations([planned]).map((d) => d.id)).toEqual(["planned"]);
    expect(isPastDateCheck(planned)).toBe(false);
    expect(isPastDateCheck(det("x", { createdAt: new Date("2026-12-07T23:59:00Z"), asOf: "2026-12-06" }))).toBe(true);
  });
});

describe("customers caught only through ownership or address", () => {
  it("counts a customer whose every flagged line comes from an owner, a parent or a listed address", () => {
    const dets = [
      det("a"),
      det("b", { buyerId: "p2", buyerName: "Buyer Two" }),
      det("c", { buyerId: "p3", buyerName: "Three" }),
    ];
    const lines: FlaggedLine[] = [
      { ...line("a", "blocked", "GPU", 1), ruleId: "affiliates" },
      { ...line("a", "blocked", "CPU", 1), ruleId: "ultimate-parent" },
      { ...line("b", "blocked", "GPU", 1), ruleId: "listed-address" },
      { ...line("b", "blocked", "CPU", 1), ruleId: "entity-list" }, // listed itself too: not "only through"
      { ...line("c", "licence_required", "GPU", 1), ruleId: "advanced-computing" },
    ];
    expect(rollUpExposure(dets, lines).customersOnlyThroughOwnershipOrAddress).toBe(1);
  });
});

describe("exposure roll-up", () => {
  const dets = [
    det("a"),
    det("b", {
      bomId: "bom2",
      buyerId: "p2",
      buyerName: "Buyer Two",
      destination: "RU",
      productLineId: null,
      productLine: null,
    }),
  ];
  const lines = [
    line("a", "blocked", "NVIDIA H100", 30_000_00),
    line("a", "licence_required", "NVIDIA H100", 10_000_00),
    line("b", "licence_required", "NVIDIA H100", 5_000_00),
    line("b", "licence_required", "Xilinx FPGA", 1_000_00),
    line("b", "blocked", "Odd part", 999, "EUR"),
    line("gone", "blocked", "Superseded", 1),
  ];
  const r = rollUpExposure(dets, lines);

  it("counts lines by status and BOMs checked, ignoring superseded determinations", () => {
    expect(r).toMatchObject({
      determinations: 2,
      bomsChecked: 2,
      linesBlocked: 2,
      linesLicence: 3,
      currency: "USD",
      linesNotSummed: 1,
    });
  });

  it("sums value at risk in integer minor units of one currency, by customer, destination and product line", () => {
    expect(r.byCustomer).toEqual([
      { key: "p1", label: "Buyer One", blockedMinor: 30_000_00, licenceMinor: 10_000_00, lines: 2 },
      { key: "p2", label: "Buyer Two", blockedMinor: 0, licenceMinor: 6_000_00, lines: 3 },
    ]);
    expect(r.byDestination.map((d) => d.key)).toEqual(["CN", "RU"]);
    expect(r.byProductLine.map((d) => d.label)).toEqual(["Cameras", "(no product line)"]);
  });

  it("names the controlled parts that drive most of it, with their customers", () => {
    expect(r.topParts[0]).toEqual({
      part: "NVIDIA H100",
      lines: 3,
      customers: 2,
      blocked: 1,
      licence: 2,
      valueMinor: 45_000_00,
    });
    expect(r.topParts.map((p) => p.part)).toEqual(["NVIDIA H100", "Xilinx FPGA", "Odd part"]);
  });

  it("is empty, not broken, without determinations", () => {
    expect(rollUpExposure([], [])).toMatchObject({
      determinations: 0,
      bomsChecked: 0,
      linesBlocked: 0,
      currency: null,
      byCustomer: [],
      topParts: [],
    });
  });
});

describe("part labels", () => {
  it("prefers the catalogue entry, then maker and MPN, then the description", () => {
    expect(partLabel("NVIDIA H100 SXM5", { manufacturer: "NVIDIA", mpn: "935-24287", description: null })).toBe(
      "NVIDIA H100 SXM5",
    );
    expect(partLabel(null, { manufacturer: "TI", mpn: "LM317", description: "regulator" })).toBe("TI LM317");
    expect(partLabel(null, { manufacturer: null, mpn: null, description: "regulator" })).toBe("regulator");
    expect(partLabel(null, { manufacturer: "Intel", mpn: null, description: "Xeon 8480+" })).toBe("Intel Xeon 8480+");
    expect(partLabel(null, { manufacturer: "Intel", mpn: null, description: "Intel Xeon 8480+" })).toBe(
      "Intel Xeon 8480+",
    );
  });
});
