import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { can, canOpen } from "@/lib/auth/roles";
import { listFinancials } from "@/lib/data/area-rows";
import { listScenarios, productLineChoices, scenarioBase } from "@/lib/data/scenarios";
import { backtestData } from "@/lib/data/backtest";
import { memoUntilChange } from "@/lib/data/memo-until-change";
import { BacktestPanel } from "@/components/scenarios/backtest-panel";
import { AssumptionForms } from "@/components/scenarios/assumption-forms";
import { decodeParams, defaultParams } from "@/lib/scenarios/params";
import { ScenarioStudio } from "@/components/scenarios/studio";
import { FinancialsTable } from "@/components/tables/financials-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { enterFinancialAction, saveScenarioAction, setAssumptionsAction } from "./actions";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<{ s?: string }> }) {
  const user = await requireArea("scenarios", "/scenarios");
  const { s } = await searchParams;
  const [base, saved, rows, productLines, backtest] = await Promise.all([
    // both read every financial row and current check: kept until the next change (or the next day)
    memoUntilChange("scenario-base", () => scenarioBase(), { day: true }),
    listScenarios(),
    listFinancials(),
    productLineChoices(),
    memoUntilChange("backtest", () => backtestData(), { day: true }),
  ]);
  const shared = decodeParams(s);
  // the approval lever starts where the exposed lines' review policies put it (issue 19)
  const initial = shared ?? {
    ...defaultParams,
    levers: {
      ...defaultParams.levers,
      licenceApproval: base.approvalDefault?.approval ?? defaultParams.levers.licenceApproval,
    },
  };
  return (
    <>
      <PageHeader title="Scenarios">
        What a listing does to revenue and gross profit, and what substitution and a shift to software recover. Amounts
        in {base.currency}.
      </PageHeader>
      {s && !shared ? (
        <p role="alert" className="error-text">
          The scenario in this link could not be read; showing the defaults.
        </p>
      ) : null}
      {base.problems.length ? (
        <ul role="status" aria-label="Data problems" className="small">
          {base.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {base.approvalDefault && !shared ? (
        <p className="small" aria-label="Default licence approval">
          Licence approval starts at {Math.round(base.approvalDefault.approval * 100)} %: {base.approvalDefault.source}.
        </p>
      ) : null}
      {base.lines.length ? (
        <ScenarioStudio
          lines={base.lines}
          horizon={base.horizon}
          currency={base.currency}
          initial={initial}
          saved={saved}
          canSave={can(user.role, "scenarios:save")}
          saveAction={saveScenarioAction}
        />
      ) : (
        <EmptyState
          title="No financials yet"
          action={canOpen(user.role, "imports") ? { href: "/imports", label: "Import financials" } : undefined}
        >
          An analyst imports product-line financials first: the baseline scenarios start from.
        </EmptyState>
      )}
      {backtest.history.length && backtest.listingDate && backtest.listingSource ? (
        <BacktestPanel
          company={backtest.company}
          currency={backtest.currency}
          history={backtest.history}
          actuals={backtest.actuals}
          listingDate={backtest.listingDate}
          listingSource={backtest.listingSource}
          params={initial}
        />
      ) : null}
      {can(user.role, "scenarios:save") && productLines.length ? (
        <AssumptionForms
          lines={productLines}
          assumptionsAction={setAssumptionsAction}
          financialAction={enterFinancialAction}
        />
      ) : null}
      {rows.length ? (
        <section aria-labelledby="fin-heading">
          <h2 id="fin-heading">Baseline financials</h2>
          <FinancialsTable data={rows} />
        </section>
      ) : null}
    </>
  );
}
