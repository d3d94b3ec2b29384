import { describe, expect, it } from "vitest";
import { isRowProblem, moreProblemsLine, problemCells, problemLine, problemsCsvRows } from "./problems";

describe("import problems", () => {
  it("gives a row problem's value and expectation, and a file problem's message in the expected column", () => {
    const row = { row: 7, column: "quantity", value: "-8", expected: "a whole number of 0 or more" };
    const file = { row: null, column: null, message: "the file is empty" };
    expect(isRowProblem(row)).toBe(true);
    expect(isRowProblem(file)).toBe(false);
    expect(problemCells(row)).toEqual([7, "quantity", "-8", "a whole number of 0 or more", ""]);
    expect(problemCells({ ...row, content: "R1 | 10k | -8" })).toEqual([
      7,
      "quantity",
      "-8",
      "a whole number of 0 or more",
      "R1 | 10k | -8",
    ]);
    expect(problemCells(file)).toEqual(["", "", "", "the file is empty", ""]);
  });
  it("prints a problem as one line: row, column, value and expectation, or the file's message", () => {
    expect(problemLine({ row: 7, column: "quantity", value: "-8", expected: "a whole number of 0 or more" })).toBe(
      'row 7, column quantity: "-8": expected a whole number of 0 or more',
    );
    expect(problemLine({ row: 7, column: "quantity", value: "-8", expected: "a number", content: "R1 | -8" })).toBe(
      'row 7, column quantity: "-8": expected a number (the row reads: R1 | -8)',
    );
    expect(problemLine({ row: null, column: null, message: "the file is empty" })).toBe("the file is empty");
    expect(problemLine({ row: 3, column: null, message: "a stray quote" })).toBe("row 3: a stray quote");
  });
  it("says how many problems a capped list leaves out", () => {
    expect(moreProblemsLine(1000, 1000)).toBeNull();
    expect(moreProblemsLine(1500, 1000)).toMatch(/^… and 500 more problem\(s\) not listed/);
  });
  it("lists the problems of a file for its CSV, ending with how many are left out", () => {
    const rows = problemsCsvRows(
      "bom.csv",
      [{ row: 2, column: "quantity", value: "two", expected: "a whole number" }],
      3,
    );
    expect(rows).toEqual([
      ["bom.csv", 2, "quantity", "two", "a whole number", ""],
      ["bom.csv", "", "", "", expect.stringMatching(/^… and 2 more/), ""],
    ]);
  });
});
