// Which locked packages would not run on every Node.js version package.json's engines.node accepts: the
// range we declare must lie inside each package's own. Platform packages npm does not install here (their
// os or cpu excludes this machine) are left out, as npm leaves them out.
import semver from "semver";

const fits = (allowed, value) =>
  !allowed?.length ||
  (allowed.some((a) => a === value) && !allowed.includes(`!${value}`)) ||
  (allowed.every((a) => a.startsWith("!")) && !allowed.includes(`!${value}`));

/** Locked packages whose engines.node does not accept all of `ours`, as {name, requires}. */
export function enginesOutside(lock, ours, platform = { os: process.platform, cpu: process.arch }) {
  const out = [];
  for (const [where, pkg] of Object.entries(lock.packages)) {
    const requires = pkg.engines?.node;
    if (!where || !requires || !fits(pkg.os, platform.os) || !fits(pkg.cpu, platform.cpu)) continue;
    if (!semver.subset(ours, requires)) out.push({ name: where.replace(/^.*node_modules\//, ""), requires });
  }
  return out;
}

/** Whether range is a valid semver range, and whether version is in it (for the test, which has no semver types). */
export const isRange = (range) => semver.validRange(range) !== null;
export const accepts = (range, version) => semver.satisfies(version, range);

/** The locked packages that depend on `name`. */
export function dependentsOf(lock, name) {
  return Object.entries(lock.packages)
    .filter(([, pkg]) => pkg.dependencies?.[name] || pkg.optionalDependencies?.[name] || pkg.peerDependencies?.[name])
    .map(([where]) => where.replace(/^.*node_modules\//, "") || "(this project)");
}
