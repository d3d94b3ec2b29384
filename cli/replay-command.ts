import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { replayRules, type ReplayResult } from "@/lib/operations/replay-rules";
import { formatMoney } from "@/lib/overview/format";
import { ruleLabel } from "@/lib/rules/rule-labels";
import { statusLabels } from "@/lib/rules/types";
import type { LineOutcome } from "@/lib/replay/compare";
import type { ValueByCurrency } from "@/lib/replay/summary";

/** "USD 200,000; EUR 1,000" (each currency on its own, never added), or "no priced line". */
export function valueText(v: ValueByCurrency): string {
  const parts = Object.entries(v)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([cur, minor]) => formatMoney(minor, cur));
  return parts.length ? parts.join(" + ") : "no priced line";
}

const outcome = (o: LineOutcome) => `${statusLabels[o.status]} (${ruleLabel(o.ruleId)}, ${o.citation})`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** The replay as a person reads it: what was replayed, the totals, then the changed lines by customer and BOM. */
export function formatReplay(r: ReplayResult): string[] {
  const s = r.summary;
  const rules =
    r.rules.kind === "version"
      ? `rule set ${r.rules.version.id} (${r.rules.version.label})`
      : `the rules as of ${r.rules.asOf} (rule set ${r.rules.version.id}: ${r.rules.version.label})`;
  const list =
    r.lists.replay && r.lists.replay.id !== r.lists.inForce?.id
      ? `list version ${r.lists.replay.label} (in force: ${r.lists.inForce?.label ?? "none"})`
      : `the list in force (${r.lists.inForce?.label ?? "none"})`;
  const out = [
    `Replay of the checks in force under ${rules}, buyers screened against ${list}.`,
    `${plural(r.checks, "check")} of ${r.checksInForce} in force replayed, ${plural(s.linesCompared, "line")} compared: ` +
      `${plural(s.linesChanged, "line")} would change status (${s.stricter} stricter, ${s.looser} looser), ` +
      `${plural(s.customers, "customer")}, ${plural(s.boms, "BOM")}; value ${valueText(s.valueByCurrency)}` +
      `${s.unpriced ? ` (${plural(s.unpriced, "line")} without a price)` : ""}.`,
  ];
  if (s.recordedDiffers)
    out.push(
      `Note: ${plural(s.recordedDiffers, "line")} already differ from their recorded check under its own rules (the facts changed since): re-check those BOMs.`,
    );
  out.push("A replay is a read: no determination is recorded and nothing is audited.");
  if (!r.changes.length) return [...out, "", "No line would change status."];
  out.push("");
  let customer = "";
  let bom = "";
  for (const c of r.changes) {
    if (c.buyerName !== customer) {
      customer = c.buyerName;
      bom = "";
      const g = s.byCustomer.find((x) => x.key === c.buyerKey);
      out.push(`${customer}: ${plural(g?.lines ?? 0, "line")}, ${valueText(g?.valueByCurrency ?? {})}`);
    }
    if (`${c.bomId}|${c.destination}` !== bom) {
      bom = `${c.bomId}|${c.destination}`;
      out.push(`  ${c.bomName} (${c.productLine ?? "no product line"}) to ${c.destination}`);
    }
    const value = c.valueMinor == null ? "no price" : formatMoney(c.valueMinor, c.currency);
    out.push(
      `    line ${c.lineNo} ${c.part}${c.from.eccn !== c.to.eccn ? ` [${c.from.eccn ?? "—"} → ${c.to.eccn ?? "—"}]` : ` [${c.to.eccn ?? "—"}]`}: ${outcome(c.from)} → ${outcome(c.to)}; ${value}`,
    );
  }
  out.push("", "By change of status:");
  for (const t of s.byTransition)
    out.push(
      `  ${statusLabels[t.from]} → ${statusLabels[t.to]}: ${plural(t.lines, "line")}, ${valueText(t.valueByCurrency)}`,
    );
  return out;
}

export function registerReplayCommand(program: Command): void {
  program
    .command("replay")
    .description(
      "run every BOM check in force again under another rule set (and list version) and show the lines whose status would change (writes nothing)",
    )
    .requiredOption(
      "--rules <version|date>",
      "a rule-set version id (e.g. 2023-11-17) or any date YYYY-MM-DD: the rules as of that date",
    )
    .option(
      "--lists <version>",
      "screen the buyers against this CSL version (its id or exact label) instead of the list in force",
    )
    .option("--json", "print one JSON object: rules, lists, summary, changes")
    .action(async (opts: { rules: string; lists?: string; json?: boolean }) => {
      try {
        // the CLI acts as an operator (whoever can run it reaches the database), as `keys` does; a replay only reads
        const r = await replayRules({ rules: opts.rules, lists: opts.lists ?? null }, "admin");
        if (opts.json) console.log(JSON.stringify({ status: "ok", writes: "none", ...r }));
        else for (const l of formatReplay(r)) console.log(l);
      } finally {
        await disconnectDb();
      }
    });
}
