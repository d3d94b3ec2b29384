// Which rules a replay runs: a rule-set version id (lib/rules/determine.ts `ruleSetVersions`) or any date, read as
// "the rules as of that date". Pure: the date the replay runs the rules for is what the check's asOf becomes.
import { AppError } from "../errors";
import { ruleSetFor, ruleSetVersions } from "../rules/determine";

export type RuleSetChoice = {
  /** the date the rules are run for (YYYY-MM-DD): the version's own date, or the date given */
  asOf: string;
  /** the rule-set version in force on that date */
  version: { id: string; label: string };
  /** what was asked for: a version by its id, or a date */
  kind: "version" | "date";
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: 2023-02-30 is refused, not rolled over into March. */
export function isCalendarDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const versionList = () => ruleSetVersions.map((v) => v.id).join(", ");

/** Reads `--rules`: a version id or a date; anything else is refused with what was expected. */
export function resolveRuleSet(input: string): RuleSetChoice {
  const s = input.trim();
  if (!s)
    throw new AppError(
      "INVALID_INPUT",
      `Name the rules to replay against: a rule-set version (${versionList()}) or a date YYYY-MM-DD.`,
    );
  const version = ruleSetVersions.find((v) => v.id === s);
  if (version) return { asOf: version.id, version: { id: version.id, label: version.label }, kind: "version" };
  if (isoDate.test(s)) {
    if (!isCalendarDate(s))
      throw new AppError("INVALID_INPUT", `rules "${s}": not a calendar date (expected YYYY-MM-DD)`);
    const v = ruleSetFor(s);
    return { asOf: s, version: { id: v.id, label: v.label }, kind: "date" };
  }
  throw new AppError(
    "INVALID_INPUT",
    `rules "${s}": no such rule-set version; expected one of ${versionList()}, or a date YYYY-MM-DD`,
  );
}

/** The rule-set versions that took effect after `after` and on or before `until` (both YYYY-MM-DD), oldest first. */
export function ruleChangesBetween(after: string, until: string): { id: string; label: string }[] {
  return ruleSetVersions.filter((v) => v.id > after && v.id <= until).map((v) => ({ id: v.id, label: v.label }));
}

/** The day before a YYYY-MM-DD date: the last day the rules before a period were in force. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
