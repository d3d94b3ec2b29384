import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError, expectedFailureMessage } from "./errors";

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("expectedFailureMessage", () => {
  it("says an AppError's message as it is", () => {
    expect(expectedFailureMessage(new AppError("INVALID_INPUT", "Send JSON."))).toBe("Send JSON.");
  });

  it("names the path of a missing file", () => {
    const e = thrownBy(() => fs.statSync("/nonexistent/bom.csv"));
    expect(expectedFailureMessage(e)).toBe("/nonexistent/bom.csv: no such file or folder");
  });

  it("says a folder is not a file", () => {
    const e = thrownBy(() => fs.readFileSync("/tmp"));
    expect(expectedFailureMessage(e)).toBe("is a folder, not a file");
  });

  it("leaves a bug to keep its stack", () => {
    expect(expectedFailureMessage(new TypeError("x is undefined"))).toBeNull();
    expect(expectedFailureMessage("a string")).toBeNull();
    expect(expectedFailureMessage(null)).toBeNull();
  });
});
