// The rule timeline: every rule-set version the engine knows, by the date it took effect and the Federal Register
// notice it rests on, and the regulation tables (Country Chart, CCL) the checks read: the shipped baseline and each
// version `regs update` loaded from the eCFR, with its status.
import { listRegulationVersions } from "@/lib/data/regulations";
import { baselineRegulation } from "@/lib/regs/baseline";
import { ruleSetVersions } from "@/lib/rules/determine";
import { SimpleTable } from "@/components/ui/simple-table";

export async function RuleTimeline() {
  const loaded = await listRegulationVersions();
  const baseline = baselineRegulation.origin.kind === "baseline" ? baselineRegulation.origin.citation : "";
  return (
    <section aria-labelledby="rule-timeline">
      <h2 id="rule-timeline">Rule timeline</h2>
      <p className="small muted">
        A check as of a date uses the rule set in force that day and the newest regulation tables on or before it.
      </p>
      <SimpleTable
        label="Rule-set versions"
        columns={["In force from", "What changed, and its source"]}
        scroll="scroll-x"
      >
        {[...ruleSetVersions].reverse().map((v) => (
          <tr key={v.id}>
            <td>{v.id}</td>
            <td>{v.label}</td>
          </tr>
        ))}
      </SimpleTable>
      <SimpleTable
        label="Regulation tables"
        columns={["eCFR date", "Status", "Country Chart rows", "CCL entries", "Source"]}
        scroll="scroll-x"
      >
        {loaded.map((v) => (
          <tr key={v.id}>
            <td>{v.id}</td>
            <td>{v.status}</td>
            <td>{v.chartRows}</td>
            <td>{v.cclEntries}</td>
            <td className="small">
              {v.sourceUrl} (retrieved {v.retrievedAt.slice(0, 10)})
            </td>
          </tr>
        ))}
        <tr>
          <td>{baselineRegulation.id}</td>
          <td>shipped baseline{loaded.some((v) => v.status === "active") ? "" : " (in use)"}</td>
          <td>{Object.keys(baselineRegulation.countryChart.rows).length}</td>
          <td>{Object.keys(baselineRegulation.ccl).length}</td>
          <td className="small">{baseline}</td>
        </tr>
      </SimpleTable>
    </section>
  );
}
