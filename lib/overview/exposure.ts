// Where BOM exposure sits: the current determinations (the newest per BOM, buyer and destination, since an older
// check of the same shipment is superseded; a check as of a past date answers "what applied then" and is never
// current exposure), their blocked and licence-required lines, the value at risk by
// customer, destination and product line, and the controlled parts behind most of it. Pure.
export type FlaggedStatus = "blocked" | "licence_required";
export const flaggedStatuses: readonly FlaggedStatus[] = ["blocked", "licence_required"];

export type DeterminationRow = {
  id: string;
  bomId: string;
  bomName: string;
  buyerId: string | null;
  buyerName: string;
  destination: string;
  productLineId: string | null;
  productLine: string | null;
  createdAt: Date;
  /** the rule-set version the check was evaluated under (lib/rules/determine) */
  ruleSet?: string;
  /** the date the rules were evaluated for (YYYY-MM-DD); absent means the day it was made */
  asOf?: string;
  /** the determination's stored outcome (a line status) */
  outcome?: string;
};

/**
 * A check made for a date before the day it was made: "what applied on 2019-06-01". It records history, not the
 * exposure of today's shipments, so it neither counts in the exposure nor supersedes a current check.
 */
export function isPastDateCheck(r: Pick<DeterminationRow, "asOf" | "createdAt">): boolean {
  return !!r.asOf && r.asOf < r.createdAt.toISOString().slice(0, 10);
}

export type FlaggedLine = {
  determinationId: string;
  bomLineId: number;
  status: FlaggedStatus;
  part: string;
  eccn: string | null;
  valueMinor: number | null;
  currency: string | null;
  /** the rule that decided the line (lib/rules/rules.ts ids) */
  ruleId?: string;
};

/** Rules that catch a buyer through who owns it or where it sits, not through its own listing. */
export const ownershipOrAddressRules: ReadonlySet<string> = new Set([
  "affiliates",
  "ultimate-parent",
  "listed-address",
]);

/** Money is summed in integer minor units of one currency; lines in other currencies are counted, not added. */
export type ValueRow = { key: string; label: string; blockedMinor: number; licenceMinor: number; lines: number };
export type PartRow = {
  part: string;
  lines: number;
  customers: number;
  blocked: number;
  licence: number;
  valueMinor: number;
};

export type ExposureRollup = {
  determinations: number;
  bomsChecked: number;
  linesBlocked: number;
  linesLicence: number;
  currency: string | null;
  /** lines whose value is in another currency (or unknown), so not in the sums */
  linesNotSummed: number;
  byCustomer: ValueRow[];
  byDestination: ValueRow[];
  byProductLine: ValueRow[];
  topParts: PartRow[];
  /** customers whose every flagged line is caught through an owner, the ultimate parent or a listed address */
  customersOnlyThroughOwnershipOrAddress: number;
};

const keyOf = (d: Pick<DeterminationRow, "bomId" | "buyerId" | "buyerName" | "destination">) =>
  `${d.bomId}\u0000${d.buyerId ?? `name:${d.buyerName}`}\u0000${d.destination}`;

/** The newest determination per BOM, buyer and destination, past-date checks aside. `rows` may come in any order. */
export function currentDeterminations<T extends DeterminationRow>(rows: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const r of rows) {
    if (isPastDateCheck(r)) continue;
    const k = keyOf(r);
    const seen = newest.get(k);
    if (
      !seen ||
      r.createdAt.getTime() > seen.createdAt.getTime() ||
      (r.createdAt.getTime() === seen.createdAt.getTime() && r.id > seen.id)
    )
      newest.set(k, r);
  }
  return [...newest.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
}

/** The currency most of the valued lines are in: the one the sums are shown in. */
export function dominantCurrency(lines: readonly FlaggedLine[]): string | null {
  const n = new Map<string, number>();
  for (const l of lines) if (l.valueMinor != null) n.set(l.currency ?? "USD", (n.get(l.currency ?? "USD") ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function addTo(rows: Map<string, ValueRow>, key: string, label: string, line: FlaggedLine, summed: boolean) {
  const row = rows.get(key) ?? rows.set(key, { key, label, blockedMinor: 0, licenceMinor: 0, lines: 0 }).get(key)!;
  row.lines++;
  if (!summed) return;
  if (line.status === "blocked") row.blockedMinor += line.valueMinor!;
  else row.licenceMinor += line.valueMinor!;
}

const byValue = (a: ValueRow, b: ValueRow) =>
  b.blockedMinor + b.licenceMinor - (a.blockedMinor + a.licenceMinor) ||
  b.lines - a.lines ||
  a.label.localeCompare(b.label);

export function rollUpExposure(
  determinations: readonly DeterminationRow[],
  lines: readonly FlaggedLine[],
  topN = 8,
): ExposureRollup {
  const byId = new Map(determinations.map((d) => [d.id, d]));
  const currency = dominantCurrency(lines);
  const customers = new Map<string, ValueRow>();
  const destinations = new Map<string, ValueRow>();
  const productLines = new Map<string, ValueRow>();
  const parts = new Map<string, PartRow & { buyers: Set<string> }>();
  let blocked = 0,
    licence = 0,
    notSummed = 0;
  const caughtDirectly = new Set<string>();
  const caughtIndirectly = new Set<string>();
  for (const l of lines) {
    const d = byId.get(l.determinationId);
    if (!d) continue; // a line of a superseded determination
    const summed = l.valueMinor != null && (l.currency ?? "USD") === currency;
    if (!summed) notSummed++;
    if (l.status === "blocked") blocked++;
    else licence++;
    const buyerKey = d.buyerId ?? `name:${d.buyerName}`;
    (l.ruleId && ownershipOrAddressRules.has(l.ruleId) ? caughtIndirectly : caughtDirectly).add(buyerKey);
    addTo(customers, buyerKey, d.buyerName, l, summed);
    addTo(destinations, d.destination, d.destination, l, summed);
    addTo(productLines, d.productLineId ?? "", d.productLine ?? "(no product line)", l, summed);
    const p =
      parts.get(l.part) ??
      parts
        .set(l.part, { part: l.part, lines: 0, customers: 0, blocked: 0, licence: 0, valueMinor: 0, buyers: new Set() })
        .get(l.part)!;
    p.lines++;
    p.buyers.add(buyerKey);
    if (l.status === "blocked") p.blocked++;
    else p.licence++;
    if (summed) p.valueMinor += l.valueMinor!;
  }
  const topParts = [...parts.values()]
    .map(({ buyers, ...p }) => ({ ...p, customers: buyers.size }))
    .sort((a, b) => b.valueMinor - a.valueMinor || b.lines - a.lines || a.part.localeCompare(b.part))
    .slice(0, topN);
  return {
    determinations: determinations.length,
    bomsChecked: new Set(determinations.map((d) => d.bomId)).size,
    linesBlocked: blocked,
    linesLicence: licence,
    currency,
    linesNotSummed: notSummed,
    byCustomer: [...customers.values()].sort(byValue),
    byDestination: [...destinations.values()].sort(byValue),
    byProductLine: [...productLines.values()].sort(byValue),
    topParts,
    customersOnlyThroughOwnershipOrAddress: [...caughtIndirectly].filter((k) => !caughtDirectly.has(k)).length,
  };
}

/** The name a flagged line's part goes by: its catalogue entry when the check matched one, else maker and MPN (or maker and description). */
export function partLabel(
  catalogued: string | null | undefined,
  line: { manufacturer: string | null; mpn: string | null; description: string | null },
): string {
  if (catalogued) return catalogued;
  if (line.mpn) return [line.manufacturer, line.mpn].filter(Boolean).join(" ");
  // "Intel" + "Intel Xeon Platinum 8480+" reads once, not twice
  if (line.manufacturer && line.description?.toLowerCase().startsWith(line.manufacturer.toLowerCase()))
    return line.description;
  return [line.manufacturer, line.description].filter(Boolean).join(" ") || "(unnamed part)";
}
