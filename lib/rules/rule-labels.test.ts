import { describe, expect, it } from "vitest";
import { ruleIds } from "./rules";
import { ruleLabel } from "./rule-labels";

describe("ruleLabel", () => {
  it("names every rule of the engine in words, never by its id", () => {
    for (const id of ruleIds) expect(ruleLabel(id)).not.toBe(id);
    expect(ruleLabel("nlr")).toBe("No licence required");
    expect(ruleLabel("entity-list")).toBe("Entity List");
  });
  it("turns an id it does not know into words", () => {
    expect(ruleLabel("new-rule-2027")).toBe("New rule 2027");
  });
});
