import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fingerprintOf, readBuildInputs, rebuildReason, sourceFingerprint } from "./build-fingerprint.mjs";

const file = (p: string, contents: string) => ({ path: p, contents: Buffer.from(contents) });
const sources = [file("app/page.tsx", "export default 1"), file("lib/a.ts", "export const a = 1")];

describe("whether npm start rebuilds", () => {
  const built = fingerprintOf(sources);

  it("builds when there is no build", () => {
    expect(rebuildReason(null, built)).toBe("no production build yet");
  });
  it("does not rebuild a build of the same sources (BUILD_ID as next build writes it)", () => {
    expect(rebuildReason(built, fingerprintOf(sources))).toBeNull();
    expect(rebuildReason(`${built}\n`, built)).toBeNull();
  });
  it("rebuilds when a file's contents changed, a file was added or removed, or a file moved", () => {
    const changed = [sources[0]!, file("lib/a.ts", "export const a = 2")];
    const added = [...sources, file("components/b.tsx", "")];
    const moved = [sources[0]!, file("lib/b.ts", "export const a = 1")];
    for (const now of [changed, added, sources.slice(1), moved])
      expect(rebuildReason(built, fingerprintOf(now))).toBe("the sources changed since the last build");
  });
  it("rebuilds a build Next.js named itself (a random id, from before the fingerprint)", () => {
    expect(rebuildReason("k3Jd9x_QpZ2mVtN8aB1cE", built)).toBe("the sources changed since the last build");
  });
  it("does not depend on the order the files were read in", () => {
    expect(fingerprintOf([...sources].reverse())).toBe(built);
  });
  it("is a build id Next.js can put in asset URLs: digits after a prefix, never 'ad'", () => {
    expect(built).toMatch(/^src-\d{40}$/);
  });
});

describe("the build inputs on disk", () => {
  let dir = "";
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  it("are the app's folders and config files by contents: touching a file or editing a test changes nothing", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "chokepoint-fingerprint-"));
    write("app/page.tsx", "export default 1");
    write("lib/a.ts", "export const a = 1");
    write("lib/a.test.ts", "test");
    write("next.config.ts", "export default {}");
    write("README.md", "not a build input");
    expect(
      readBuildInputs(dir)
        .map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["app/page.tsx", "lib/a.ts", "next.config.ts"]);
    const before = sourceFingerprint(dir);
    // npm install regenerates files with the same text: a new mtime, the same build
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, "lib/a.ts"), later, later);
    write("lib/a.test.ts", "another test");
    write("README.md", "edited");
    expect(sourceFingerprint(dir)).toBe(before);
    write("next.config.ts", "export default { poweredByHeader: false }");
    expect(sourceFingerprint(dir)).not.toBe(before);
  });
});
