import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A form's outcome beside its button: a status when it worked, an alert when it did not, with each field's
 * problem named ("destination: Expected ...").
 */
export function ActionMessage({ state, okClassName = "" }: { state: ActionResult; okClassName?: string }) {
  if (!state.message) return null;
  return (
    <span role={state.ok ? "status" : "alert"} className={state.ok ? okClassName : "error-text"}>
      {state.message}
      {state.fieldErrors
        ? ` ${Object.entries(state.fieldErrors)
            .map(([field, problems]) => `${field}: ${problems.join(" ")}`)
            .join("; ")}`
        : ""}
    </span>
  );
}
