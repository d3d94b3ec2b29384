"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { ActionMessage } from "@/components/ui/action-message";

type Line = {
  id: string;
  name: string;
  segment: string;
  currency: string;
  growthBp: number;
  exposureBp: number | null;
};
type Action = (p: ActionResult, f: FormData) => Promise<ActionResult>;

function LineAssumptions({ line, action }: { line: Line; action: Action }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar" aria-label={`Assumptions for ${line.name}`}>
      <input type="hidden" name="productLineId" value={line.id} />
      <strong className="small" style={{ minWidth: "14rem" }}>
        {line.name} ({line.segment})
      </strong>
      <label className="small">
        Growth per period (bp){" "}
        <input name="growthBp" inputMode="numeric" defaultValue={line.growthBp} style={{ width: "6rem" }} />
      </label>
      {line.segment === "hardware" ? (
        <label className="small">
          Exposure when no BOM gives it (bp){" "}
          <input name="exposureBp" inputMode="numeric" defaultValue={line.exposureBp ?? ""} style={{ width: "6rem" }} />
        </label>
      ) : (
        <input type="hidden" name="exposureBp" value="" />
      )}
      <button className="button secondary" type="submit" disabled={pending}>
        Save
      </button>
      <ActionMessage state={state} okClassName="small" />
    </form>
  );
}

export function AssumptionForms({
  lines,
  assumptionsAction,
  financialAction,
}: {
  lines: Line[];
  assumptionsAction: Action;
  financialAction: Action;
}) {
  const [state, formAction, pending] = useActionState(financialAction, idleResult);
  return (
    <details>
      <summary>Edit the baseline: growth, exposure assumptions, financials by hand</summary>
      {lines.map((l) => (
        <LineAssumptions key={l.id} line={l} action={assumptionsAction} />
      ))}
      <form action={formAction} className="toolbar" aria-label="Enter financials by hand">
        <label className="small">
          Product line
          <select name="productLineId">
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.currency})
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          Year <input name="period" inputMode="numeric" placeholder="2025" style={{ width: "5rem" }} />
        </label>
        <label className="small">
          Revenue <input name="revenue" inputMode="decimal" style={{ width: "10rem" }} />
        </label>
        <label className="small">
          Cost <input name="cost" inputMode="decimal" style={{ width: "10rem" }} />
        </label>
        <button className="button secondary" type="submit" disabled={pending}>
          Save figures
        </button>
        <ActionMessage state={state} okClassName="small" />
      </form>
    </details>
  );
}
