import { describe, expect, it } from "vitest";
import { settle } from "./settle";

describe("settle", () => {
  it("passes a value through", async () => {
    expect(await settle(async () => 42)).toEqual({ ok: true, value: 42 });
  });
  it("turns a failure into a message without the error's internals", async () => {
    const failed = await settle(async () => {
      throw Object.assign(new Error("SQLITE_BUSY: select * from secret_table"), { code: "SQLITE_BUSY" });
    });
    expect(failed).toEqual({ ok: false, message: "The data could not be read (SQLITE_BUSY)." });
    expect(
      await settle(async () => {
        throw new Error("x");
      }),
    ).toEqual({ ok: false, message: "The data could not be read." });
  });
});
