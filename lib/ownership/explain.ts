// Ownership findings in words, like a screening hit: who, how they are listed, the arithmetic, the threshold.
// "Owned 60 % by X (listed 2019-10-09, 84 FR 54002): 60 % >= 50 %"

import type { OwnerContribution, OwnershipPath, PartyOwnership } from "./paths";

export type ListedOwnerInfo = { name: string; listedOn?: string | null; citation?: string | null };

/** Shares are compared with this slack: 0.6 x 0.8333... must not fall below 50 % by floating-point error. */
const EPSILON = 1e-9;

export function percent(x: number): string {
  const p = Math.round(x * 10000) / 100;
  return `${Number.isInteger(p) ? p : p.toFixed(2).replace(/0$/, "")} %`;
}

export const atLeast = (share: number, threshold: number) => share + EPSILON >= threshold;

function describeOwner(info: ListedOwnerInfo | undefined, key: string): string {
  if (!info) return key;
  const listing = [info.listedOn ? `listed ${info.listedOn}` : "listed", info.citation].filter(Boolean).join(", ");
  return `${info.name} (${listing})`;
}

function pathText(p: OwnershipPath, name: (key: string) => string): string {
  if (p.keys.length === 2) return "";
  const steps = p.keys.slice(1).map((k, i) => `${percent(p.shares[i]!)} of ${name(k)}`);
  return `${name(p.keys[0]!)} holds ${steps.join(", which holds ")}: ${p.shares.map(percent).join(" x ")} = ${percent(p.product)}`;
}

function contributionText(c: OwnerContribution, info: Map<string, ListedOwnerInfo>, name: (k: string) => string) {
  const who = describeOwner(info.get(c.ownerKey), c.ownerKey);
  const paths = c.paths.map((p) => pathText(p, name) || `${percent(p.product)} directly`);
  const how = c.paths.length === 1 && c.paths[0]!.keys.length === 2 ? "" : ` through ${paths.join(" + ")}`;
  return `${percent(c.share)} by ${who}${how}`;
}

/**
 * The finding for one party against a threshold (0.5 for the affiliates rule and OFAC's 50 percent rule).
 * `names` gives display names for keys (owners and the companies between).
 */
export function explainOwnership(
  o: PartyOwnership,
  info: Map<string, ListedOwnerInfo>,
  names: Map<string, string>,
  threshold = 0.5,
): string {
  const name = (k: string) => names.get(k) ?? info.get(k)?.name ?? k;
  if (!o.owners.length)
    return `No listed owner found in the ownership data${o.approximate ? " (search cut short)" : ""}`;
  const verdict = `${percent(o.total)} ${atLeast(o.total, threshold) ? ">=" : "<"} ${percent(threshold)}`;
  const lower = o.approximate ? " (at least: the search of the ownership paths was cut short)" : "";
  if (o.owners.length === 1) return `Owned ${contributionText(o.owners[0]!, info, name)}: ${verdict}${lower}`;
  const parts = o.owners.map((c) => contributionText(c, info, name));
  return `Owned ${percent(o.total)} in aggregate by ${o.owners.length} listed owners: ${parts.join("; ")}: ${o.owners.map((c) => percent(c.share)).join(" + ")} = ${verdict}${lower}`;
}
