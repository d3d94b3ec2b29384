import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { cslVersions } from "@/lib/data/replay";
import { isAppError } from "@/lib/errors";
import { replayRules, type ReplayResult } from "@/lib/operations/replay-rules";
import { formatMoney } from "@/lib/overview/format";
import { isStricter } from "@/lib/replay/compare";
import type { ValueByCurrency } from "@/lib/replay/summary";
import { ruleSetVersions } from "@/lib/rules/determine";
import { ruleLabel } from "@/lib/rules/rule-labels";
import { statusLabels } from "@/lib/rules/types";
import { ReplayLinesTable, type ReplayLineRow } from "@/components/tables/replay-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { StatCard } from "@/components/ui/stat-card";
import { RuleTimeline } from "./rule-timeline";

export const metadata: Metadata = { title: "Rule replay" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || "";

const money = (v: ValueByCurrency) =>
  Object.entries(v)
    .sort((a, b) => b[1] - a[1])
    .map(([cur, minor]) => formatMoney(minor, cur))
    .join(" + ") || "—";

function rows(r: ReplayResult): ReplayLineRow[] {
  return r.changes.map((c) => ({
    key: `${c.determinationId}-${c.lineNo}`,
    customer: c.buyerName,
    bomId: c.bomId,
    determinationId: c.determinationId,
    bomName: c.bomName,
    productLine: c.productLine ?? "(no product line)",
    destination: c.destination,
    lineNo: c.lineNo,
    part: c.part,
    eccn: c.from.eccn === c.to.eccn ? (c.to.eccn ?? "—") : `${c.from.eccn ?? "—"} → ${c.to.eccn ?? "—"}`,
    from: statusLabels[c.from.status],
    fromRule: `${ruleLabel(c.from.ruleId)} · ${c.from.citation}`,
    to: statusLabels[c.to.status],
    toRule: `${ruleLabel(c.to.ruleId)} · ${c.to.citation}`,
    change: isStricter(c) ? "stricter" : "looser",
    valueMinor: c.valueMinor ?? 0,
    value: c.valueMinor == null ? "—" : formatMoney(c.valueMinor, c.currency),
  }));
}

export default async function ReplayPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("boms", "/replay");
  const q = await searchParams;
  const date = one(q.date);
  const version = one(q.version);
  const rules = date || version || one(q.rules);
  const lists = one(q.lists);
  const versions = await cslVersions();
  let result: ReplayResult | null = null;
  let problem: string | null = null;
  if (rules) {
    try {
      result = await replayRules({ rules, lists: lists || null }, user.role);
    } catch (e) {
      if (!isAppError(e)) throw e;
      problem = e.message;
    }
  }
  const asVersion = ruleSetVersions.some((v) => v.id === rules);
  return (
    <>
      <PageHeader title="Rule replay">
        Every BOM check in force (the newest per BOM, customer and destination, as the{" "}
        <Link href="/boms/exposure">exposure</Link> counts them) run again under another rule set, and optionally with
        the buyers screened against another list version: the lines whose status would change, and the value they carry.
        A replay is a read: it records no determination and writes nothing to the audit trail.
      </PageHeader>
      <form method="get" action="/replay" className="toolbar no-print" aria-label="Replay against">
        <label>
          Rule-set version
          <select name="version" defaultValue={asVersion && !date ? rules : ""}>
            <option value="">(pick one, or a date)</option>
            {ruleSetVersions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.id}: {v.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          or the rules as of <input type="date" name="date" defaultValue={asVersion ? "" : rules} />
        </label>
        <label>
          List version
          <select name="lists" defaultValue={lists}>
            <option value="">the list in force</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label} ({v.status}, imported {v.createdAt.toISOString().slice(0, 10)})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          Replay
        </button>
      </form>
      {problem ? (
        <p className="error-text" role="alert">
          {problem}
        </p>
      ) : null}
      {!result ? (
        problem ? null : (
          <p className="muted">
            Pick a rule-set version or a date to see what the checks in force would have said under those rules.
          </p>
        )
      ) : (
        <Results r={result} />
      )}
      <RuleTimeline />
    </>
  );
}

function Results({ r }: { r: ReplayResult }) {
  const s = r.summary;
  const data = rows(r);
  return (
    <section aria-labelledby="replay-heading">
      <h2 id="replay-heading">
        Under {r.rules.kind === "version" ? `rule set ${r.rules.version.id}` : `the rules as of ${r.rules.asOf}`}
      </h2>
      <p className="small">
        Rule set {r.rules.version.id}: {r.rules.version.label}. Buyers screened against{" "}
        {r.lists.replay && r.lists.replay.id !== r.lists.inForce?.id
          ? `list version ${r.lists.replay.label} (in force: ${r.lists.inForce?.label ?? "none"})`
          : `the list in force (${r.lists.inForce?.label ?? "none"})`}
        . Each check is compared with itself run today under its own rules, on the same facts; listings, licences and
        letters count as they stood on the check&apos;s date.
      </p>
      {!r.checksInForce ? (
        <EmptyState title="No BOM checks in force" action={{ href: "/boms", label: "BOMs" }}>
          Check a BOM for a customer and destination first: a replay runs the checks in force again.
        </EmptyState>
      ) : (
        <>
          <div className="cards">
            <StatCard label="Lines that would change" value={s.linesChanged} note={`of ${s.linesCompared} lines`} />
            <StatCard
              label="Value affected"
              value={money(s.valueByCurrency)}
              note={s.unpriced ? `${s.unpriced} changed lines without a price` : "every changed line priced"}
            />
            <StatCard label="Customers" value={s.customers} note={`${s.boms} BOMs`} />
            <StatCard
              label="Checks replayed"
              value={r.checks}
              note={`${s.stricter} lines stricter, ${s.looser} looser`}
            />
          </div>
          {s.recordedDiffers ? (
            <p className="alert small" role="status">
              {s.recordedDiffers} lines already differ from their recorded check under its own rules: the facts
              (classifications, the list, licences) changed since. Re-check those BOMs.
            </p>
          ) : null}
          {s.linesChanged ? (
            <>
              <h3>Lines whose status would change</h3>
              <ReplayLinesTable data={data} />
              <h3>By customer</h3>
              <SimpleTable
                label="Changed lines by customer"
                columns={["Customer", "BOMs", "Lines", { label: "Value", className: "num" }]}
                scroll="scroll-x"
              >
                {s.byCustomer.map((g) => (
                  <tr key={g.key}>
                    <td>{g.label}</td>
                    <td>{g.detail}</td>
                    <td>{g.lines}</td>
                    <td className="num">{money(g.valueByCurrency)}</td>
                  </tr>
                ))}
              </SimpleTable>
              <h3>By BOM</h3>
              <SimpleTable
                label="Changed lines by BOM"
                columns={["BOM", "Product line", "Lines", { label: "Value", className: "num" }]}
                scroll="scroll-x"
              >
                {s.byBom.map((g) => (
                  <tr key={g.key}>
                    <td>{g.label}</td>
                    <td>{g.detail}</td>
                    <td>{g.lines}</td>
                    <td className="num">{money(g.valueByCurrency)}</td>
                  </tr>
                ))}
              </SimpleTable>
              <h3>By change of status</h3>
              <SimpleTable
                label="Changed lines by change of status"
                columns={["From", "To", "Lines", { label: "Value", className: "num" }]}
                scroll="scroll-x"
              >
                {s.byTransition.map((t) => (
                  <tr key={`${t.from}-${t.to}`}>
                    <td>{statusLabels[t.from]}</td>
                    <td>{statusLabels[t.to]}</td>
                    <td>{t.lines}</td>
                    <td className="num">{money(t.valueByCurrency)}</td>
                  </tr>
                ))}
              </SimpleTable>
            </>
          ) : (
            <EmptyState title="No line would change status">
              Under these rules every line of the {r.checks} checks in force keeps its status.
            </EmptyState>
          )}
        </>
      )}
    </section>
  );
}
