import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { partyIdForLabel, suggestParties } from "@/lib/data/party-lookup";
import { changeStamp, forgetMemos, memoUntilChange } from "@/lib/data/memo-until-change";
import { appendAudit } from "@/lib/data/writes/audit-append";
import { useScratchDatabase } from "./database";

// A database of its own: the suggestions below are exact.
useScratchDatabase({ beforeAll, afterAll });

beforeAll(async () => {
  await db().party.createMany({
    data: [
      { kind: "customer", name: "Rheinland Automation GmbH", country: "DE" },
      { kind: "customer", name: "Harbour Trading Ltd", country: "HK" },
      { kind: "customer", name: "Harbour Trading Ltd", country: "SG" },
      { kind: "supplier", name: "harbour lights co", country: null },
    ],
  });
});

describe("finding a stored party by what a user typed", () => {
  it("suggests parties whose name contains the text, whatever its case, with their country", async () => {
    expect((await suggestParties("HARBOUR")).map((p) => p.label)).toEqual([
      "harbour lights co",
      "Harbour Trading Ltd (HK)",
      "Harbour Trading Ltd (SG)",
    ]);
    expect((await suggestParties("rheinland")).map((p) => p.label)).toEqual(["Rheinland Automation GmbH (DE)"]);
    expect(await suggestParties(" ")).toEqual([]);
  });
  it("a label's country narrows the suggestions", async () => {
    expect((await suggestParties("Harbour Trading Ltd (SG)")).map((p) => p.label)).toEqual([
      "Harbour Trading Ltd (SG)",
    ]);
  });
  it("finds the one party a posted label names, and says why when it cannot", async () => {
    const sg = await db().party.findFirstOrThrow({ where: { country: "SG" } });
    expect(await partyIdForLabel("Harbour Trading Ltd (SG)")).toBe(sg.id);
    await expect(partyIdForLabel("Harbour Trading Ltd")).rejects.toThrow(
      "Two stored parties are named “Harbour Trading Ltd”: pick one with its country from the suggestions.",
    );
    await expect(partyIdForLabel("Nobody GmbH (DE)")).rejects.toThrow(
      "No stored party is named “Nobody GmbH (DE)”: pick one from the suggestions.",
    );
  });
});

describe("roll-ups kept until the next change", () => {
  it("computes once while the audit log stands still, and again after an entry is appended", async () => {
    forgetMemos();
    let loads = 0;
    const load = () => memoUntilChange("test", async () => ++loads);
    expect([await load(), await load()]).toEqual([1, 1]);
    const before = await changeStamp();
    // a sign-in is recorded but changes no data
    await appendAudit({ id: null, email: "test@party-lookup" }, { action: "auth.sign-in", entityType: "user" });
    // and so is a scheduled list update that could not reach the publisher
    await appendAudit(
      { id: null, email: "test@party-lookup" },
      { action: "list-update.failed", entityType: "list-update" },
    );
    expect(await changeStamp()).toBe(before);
    expect(await load()).toBe(1);
    await appendAudit({ id: null, email: "test@party-lookup" }, { action: "test.changed", entityType: "test" });
    expect(await changeStamp()).not.toBe(before);
    expect(await load()).toBe(2);
  });
  it("does not keep a failed computation", async () => {
    forgetMemos();
    let calls = 0;
    const failing = () =>
      memoUntilChange("failing", async () => {
        calls++;
        throw new Error("boom");
      });
    await expect(failing()).rejects.toThrow("boom");
    await expect(failing()).rejects.toThrow("boom");
    expect(calls).toBe(2);
  });
});
