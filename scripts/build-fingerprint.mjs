// Whether the production build in .next is the build of the sources on disk. next.config.ts names every build
// by a hash of its sources' contents (generateBuildId), so any build (`npm start`'s, `npm test`'s, a plain
// `npx next build`) leaves .next/BUILD_ID saying which sources it was built from, and `npm start` rebuilds only
// when that differs from the sources now. Contents, not mtimes: a checkout, `npm install` regenerating the
// Prisma clients with the same text, or a `touch` changes no build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** What `next build` reads: the app's folders and the files that configure the build. */
export const BUILD_INPUT_DIRS = ["app", "components", "lib", "generated", "public"];
export const BUILD_INPUT_FILES = [
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "tsconfig.json",
  "scripts/build-fingerprint.mjs",
];
// Tests sit beside the code they test and never reach the bundle.
const isTestFile = (p) => /\.test\.[cm]?[jt]sx?$/.test(p);

/**
 * The build id for these sources: a hash of each file's path and contents, independent of the order given.
 * Digits only: Next.js puts the id in asset URLs, and its own ids avoid "ad", which ad blockers match.
 */
export function fingerprintOf(files) {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${f.path}\0${createHash("sha256").update(f.contents).digest("hex")}\n`);
  }
  return `src-${BigInt(`0x${hash.digest("hex")}`)
    .toString(10)
    .slice(0, 40)}`;
}

/** Why a build is needed (no build yet, or built from other sources), or null when the build is current. */
export function rebuildReason(buildId, fingerprint) {
  if (buildId === null) return "no production build yet";
  if (buildId.trim() !== fingerprint) return "the sources changed since the last build";
  return null;
}

/** The build inputs under root, as {path (relative, forward slashes), contents}. */
export function readBuildInputs(root) {
  const files = [];
  const add = (rel) =>
    files.push({ path: rel.split(path.sep).join("/"), contents: fs.readFileSync(path.join(root, rel)) });
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && !isTestFile(e.name)) add(child);
    }
  };
  for (const d of BUILD_INPUT_DIRS) if (fs.existsSync(path.join(root, d))) walk(d);
  for (const f of BUILD_INPUT_FILES) if (fs.existsSync(path.join(root, f))) add(f);
  return files;
}

export const sourceFingerprint = (root) => fingerprintOf(readBuildInputs(root));

/** The id of the build in root/.next, or null when there is none. */
export function currentBuildId(root) {
  const file = path.join(root, ".next", "BUILD_ID");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}
