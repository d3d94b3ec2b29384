// Worked scenario inputs shared by the scenario tests and the scenario benchmark, so each states only what it
// varies: levers that change nothing, a typical listing shock, and a hardware and a software product line.
import type { Levers, LineInput } from "../scenarios/model";

/** Levers under which the scenario equals the baseline: nothing lost, nothing converted. */
export const noShock: Levers = {
  listingPeriod: 0,
  lossShare: 0,
  substitutionMonths: 0,
  substitutionRecovery: 0,
  substitutionCostPremium: 0,
  conversionShare: 0,
  softwarePriceRatio: 1,
  conversionRampMonths: 0,
  softwareMargin: 0.8,
  licenceApproval: 0,
  growthAfterShockBp: 0,
  licenceVolumeCap: 1,
  licenceFeeShare: 0,
  licenceLeadMonths: 0,
};

/** A listing in the second period that loses most hardware, with some substitution and a shift to software. */
export const typicalShock: Levers = {
  listingPeriod: 1,
  lossShare: 0.8,
  substitutionMonths: 12,
  substitutionRecovery: 0.3,
  substitutionCostPremium: 0.2,
  conversionShare: 0.4,
  softwarePriceRatio: 0.6,
  conversionRampMonths: 9,
  softwareMargin: 0.75,
  licenceApproval: 0.2,
  growthAfterShockBp: 50,
  licenceVolumeCap: 1,
  licenceFeeShare: 0,
  licenceLeadMonths: 0,
};

export const hardwareLine: LineInput = {
  id: "hw",
  name: "AI cameras",
  segment: "hardware",
  revenueMinor: 1_000_000,
  costMinor: 600_000,
  growthBp: 500,
  blockedBp: 6000,
  licenceBp: 2000,
  exposureSource: "BOM",
};

export const softwareLine: LineInput = {
  id: "sw",
  name: "Software",
  segment: "software",
  revenueMinor: 400_000,
  costMinor: 80_000,
  growthBp: 1500,
  blockedBp: 0,
  licenceBp: 0,
  exposureSource: "n/a",
};
