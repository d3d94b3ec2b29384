// Which lists a screen runs against. The CSL bundles lists from three agencies; only the BIS ones create
// export licence requirements, so a compliance officer often screens against those alone.
import type { ScreenableEntry } from "./types";

export const sourceGroups = ["el", "bis", "csl", "internal", "all"] as const;
export type SourceGroup = (typeof sourceGroups)[number];

export const sourceGroupLabels: Record<SourceGroup, string> = {
  el: "Entity List only",
  bis: "All BIS lists (EL, MEU, UVL, DPL)",
  csl: "The whole Consolidated Screening List",
  internal: "Internal lists",
  all: "Every list",
};

const bisCodes = new Set(["EL", "MEU", "UVL", "DPL"]);

export function isSourceGroup(s: string): s is SourceGroup {
  return (sourceGroups as readonly string[]).includes(s);
}

/** A predicate for the entries the chosen groups cover. */
export function sourceFilter(
  groups: readonly SourceGroup[],
): (e: Pick<ScreenableEntry, "sourceCode" | "listKind">) => boolean {
  const set = new Set(groups.length ? groups : ["all"]);
  if (set.has("all")) return () => true;
  return (e) =>
    (e.listKind === "internal" && set.has("internal")) ||
    (e.listKind === "csl" &&
      (set.has("csl") || (set.has("bis") && bisCodes.has(e.sourceCode)) || (set.has("el") && e.sourceCode === "EL")));
}
