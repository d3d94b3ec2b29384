// What a replay's changes add up to: counts, the value of the changed lines per currency (never added across
// currencies: no exchange rates are kept), by change of status, by customer and by BOM. Pure.
import type { LineStatus } from "../rules/types";
import { isStricter, type CheckReplay, type LineChange } from "./compare";

export type ValueByCurrency = Record<string, number>;

export type ReplayGroup = {
  key: string;
  label: string;
  /** a BOM's product line; a customer's number of BOMs affected, in words */
  detail: string;
  lines: number;
  stricter: number;
  looser: number;
  valueByCurrency: ValueByCurrency;
  /** changed lines without a price: counted, not valued */
  unpriced: number;
};

export type Transition = { from: LineStatus; to: LineStatus; lines: number; valueByCurrency: ValueByCurrency };

export type ReplaySummary = {
  checks: number;
  linesCompared: number;
  linesChanged: number;
  stricter: number;
  looser: number;
  /** lines whose recorded status differs from a run of the same check today under its own rules */
  recordedDiffers: number;
  valueByCurrency: ValueByCurrency;
  unpriced: number;
  customers: number;
  boms: number;
  byTransition: Transition[];
  byCustomer: ReplayGroup[];
  byBom: ReplayGroup[];
};

function addValue(to: ValueByCurrency, c: LineChange): boolean {
  if (c.valueMinor == null) return false;
  const cur = c.currency ?? "USD";
  to[cur] = (to[cur] ?? 0) + c.valueMinor;
  return true;
}

/** The largest amount first (the first currency's, then the rest), then the most lines, then by name. */
const largest = (v: ValueByCurrency) => Math.max(0, ...Object.values(v));
const byWeight = (a: ReplayGroup, b: ReplayGroup) =>
  largest(b.valueByCurrency) - largest(a.valueByCurrency) || b.lines - a.lines || a.label.localeCompare(b.label);

function group(
  groups: Map<string, ReplayGroup>,
  key: string,
  label: string,
  detail: string,
  c: LineChange,
): ReplayGroup {
  const g =
    groups.get(key) ??
    groups
      .set(key, { key, label, detail, lines: 0, stricter: 0, looser: 0, valueByCurrency: {}, unpriced: 0 })
      .get(key)!;
  g.lines++;
  if (isStricter(c)) g.stricter++;
  else g.looser++;
  if (!addValue(g.valueByCurrency, c)) g.unpriced++;
  return g;
}

export function summariseReplay(checks: readonly CheckReplay[]): ReplaySummary {
  const changes = checks.flatMap((c) => c.changes);
  const valueByCurrency: ValueByCurrency = {};
  const transitions = new Map<string, Transition>();
  const customers = new Map<string, ReplayGroup>();
  const customerBoms = new Map<string, Set<string>>();
  const boms = new Map<string, ReplayGroup>();
  let unpriced = 0;
  let stricter = 0;
  for (const c of changes) {
    if (!addValue(valueByCurrency, c)) unpriced++;
    if (isStricter(c)) stricter++;
    const tk = `${c.from.status}>${c.to.status}`;
    const t =
      transitions.get(tk) ??
      transitions.set(tk, { from: c.from.status, to: c.to.status, lines: 0, valueByCurrency: {} }).get(tk)!;
    t.lines++;
    addValue(t.valueByCurrency, c);
    group(customers, c.buyerKey, c.buyerName, "", c);
    (customerBoms.get(c.buyerKey) ?? customerBoms.set(c.buyerKey, new Set()).get(c.buyerKey)!).add(c.bomId);
    group(boms, c.bomId, c.bomName, c.productLine ?? "(no product line)", c);
  }
  for (const [k, g] of customers) {
    const n = customerBoms.get(k)!.size;
    g.detail = `${n} BOM${n === 1 ? "" : "s"}`;
  }
  return {
    checks: checks.length,
    linesCompared: checks.reduce((n, c) => n + c.linesCompared, 0),
    linesChanged: changes.length,
    stricter,
    looser: changes.length - stricter,
    recordedDiffers: checks.reduce((n, c) => n + c.recordedDiffers, 0),
    valueByCurrency,
    unpriced,
    customers: customers.size,
    boms: boms.size,
    byTransition: [...transitions.values()].sort(
      (a, b) => b.lines - a.lines || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    byCustomer: [...customers.values()].sort(byWeight),
    byBom: [...boms.values()].sort(byWeight),
  };
}

/** Changed lines in reading order: by customer, then BOM, then line number. */
export function orderChanges(changes: readonly LineChange[]): LineChange[] {
  return [...changes].sort(
    (a, b) =>
      a.buyerName.localeCompare(b.buyerName) ||
      a.bomName.localeCompare(b.bomName) ||
      a.destination.localeCompare(b.destination) ||
      a.lineNo - b.lineNo,
  );
}
