import { describe, expect, it } from "vitest";
import { defaultApproval } from "./licence-policy";

describe("default licence approval from review policies", () => {
  it("weights each exposed line's most restrictive policy by its value", () => {
    const r = defaultApproval([
      { valueMinor: 300, policies: ["case_by_case", "presumption_of_denial"] },
      { valueMinor: 100, policies: ["case_by_case"] },
    ]);
    // 75 % presumption of denial at 5 %, 25 % case by case at 50 %
    expect(r!.approval).toBe(0.163);
    expect(r!.source).toMatch(/^exposed BOM value by review policy: 75 % presumption of denial, 25 % case by case/);
  });
  it("assumes a presumption of denial where no policy is stated, and says nothing without exposed value", () => {
    expect(defaultApproval([{ valueMinor: 5, policies: [null] }])!.approval).toBe(0.05);
    expect(defaultApproval([{ valueMinor: 5, policies: ["policy_of_denial"] }])!.approval).toBe(0);
    expect(defaultApproval([])).toBeNull();
  });
});
