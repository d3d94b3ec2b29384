// The repository ships only what the team wrote (../shared/README.md, "The rule for copied files"): no committed
// file may be a copy of a file that ../shared/reference holds as a copy of another repository's file (csl/,
// boms/, sourcing/). Files under facts/ are the team's own compiled facts and may be shipped (data/reference).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasShared, sharedReferenceDir } from "../lib/testing/shared-reference";

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const copiedKinds = ["csl", "boms", "sourcing"];

describe.skipIf(!hasShared("the check for copied files compares with them", ...copiedKinds))(
  "no file in the repository is a copy of a third-party file in ../shared/reference",
  () => {
    it("compares the sha256 of every `git ls-files` file with csl/, boms/ and sourcing/", () => {
      const copies = new Map<string, string>();
      for (const kind of copiedKinds)
        for (const f of filesUnder(path.join(sharedReferenceDir, kind)))
          copies.set(sha256(f), path.relative(sharedReferenceDir, f));
      expect(copies.size).toBeGreaterThan(20); // the comparison really has the shared files to compare with
      const root = path.resolve(import.meta.dirname, "..");
      const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
        .split("\0")
        .filter((f) => f && fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).isFile());
      expect(tracked.length).toBeGreaterThan(100);
      const committed = tracked
        .map((f) => ({ f, copyOf: copies.get(sha256(path.join(root, f))) }))
        .filter((c) => c.copyOf)
        .map((c) => `${c.f} is a copy of ../shared/reference/${c.copyOf}`);
      expect(committed).toEqual([]);
    });
  },
);
