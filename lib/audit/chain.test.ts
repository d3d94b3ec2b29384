import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, verifyChain, type ChainRow } from "./chain";

function chain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      at: new Date(Date.UTC(2026, 0, i)),
      actorId: "u1",
      actorEmail: "a@x",
      action: "user.role-changed",
      entityType: "user",
      entityId: `u${i}`,
      before: { role: "analyst" },
      after: { role: "admin" },
    };
    const hash = auditHash(prev, content);
    rows.push({ ...content, seq: i, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe("audit hash chain", () => {
  it("accepts an intact chain", () => expect(verifyChain(chain(5))).toEqual([]));
  it("detects an edited row", () => {
    const rows = chain(3);
    rows[1] = { ...rows[1]!, after: { role: "executive" } };
    expect(verifyChain(rows)).toEqual([{ seq: 2, problem: "content does not match its hash (the row was edited)" }]);
  });
  it("detects a removed row", () => {
    const rows = chain(3);
    rows.splice(1, 1);
    expect(verifyChain(rows)).toEqual([
      { seq: 3, problem: "does not follow the previous entry (a row was removed, inserted or reordered)" },
    ]);
  });
  it("hashes the same content the same whatever its key order", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });
});
