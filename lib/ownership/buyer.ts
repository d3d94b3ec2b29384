// A buyer's ownership facts for a check on a date: the statements in force that day, what listed owners hold
// of the buyer (path by path, explained) and its ultimate parent. The owners' listings come from screening
// them, done by the caller: this module only computes.
import type { BuyerOwnership, ListedOwner } from "../rules/ownership-facts";
import type { BuyerListing } from "../rules/types";
import { explainOwnership, type ListedOwnerInfo } from "./explain";
import { buildGraph } from "./graph";
import { ownershipOf } from "./paths";
import { statementsAsOf, type OwnershipStatement } from "./statements";
import { ultimateParent } from "./ultimate-parent";
import { percent } from "./explain";

export function buyerOwnership(
  statements: readonly OwnershipStatement[],
  buyerKey: string,
  asOf: string,
  /** the listing binding each listed owner (by party key) on `asOf` */
  listings: ReadonlyMap<string, BuyerListing>,
): BuyerOwnership {
  const current = statementsAsOf(statements, asOf);
  const names = new Map<string, string>();
  for (const s of current) {
    names.set(s.ownerKey, s.ownerName);
    names.set(s.ownedKey, s.ownedName);
  }
  const graph = buildGraph(current.map((s) => ({ owner: s.ownerKey, owned: s.ownedKey, share: s.shareBp / 10000 })));
  const isListed = (k: string) => listings.has(k);
  const held = ownershipOf(graph, buyerKey, isListed);
  const info = new Map<string, ListedOwnerInfo>();
  for (const [k, l] of listings)
    info.set(k, {
      name: names.get(k) ?? l.listedName,
      listedOn: l.startDate,
      citation: [l.sourceCode === "EL" ? "Entity List" : l.sourceCode, l.federalRegisterNotice]
        .filter(Boolean)
        .join(", "),
    });
  const owners: ListedOwner[] = held.owners.map((o) => ({
    name: names.get(o.ownerKey) ?? o.ownerKey,
    share: o.share,
    listing: listings.get(o.ownerKey)!,
  }));
  const parent = ultimateParent(current, buyerKey);
  return {
    ultimateParent: parent && {
      name: parent.name,
      country: parent.country,
      chain: parent.chain
        .map((c) => `${c.ownerName} holds ${percent(c.shareBp / 10000)} of ${names.get(c.ownedKey) ?? c.ownedKey}`)
        .join("; "),
    },
    listedOwnership: owners.length
      ? { total: held.total, owners, explanation: explainOwnership(held, info, names), approximate: held.approximate }
      : null,
  };
}
