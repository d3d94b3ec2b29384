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

/** A form's submit button with its outcome beside it; disabled while the action runs. */
export function SubmitRow({
  label,
  pending,
  state,
  secondary = false,
}: {
  label: string;
  pending: boolean;
  state: ActionResult;
  secondary?: boolean;
}) {
  return (
    <div>
      <button className={secondary ? "button secondary" : "button"} type="submit" disabled={pending}>
        {label}
      </button>{" "}
      <ActionMessage state={state} />
    </div>
  );
}

/** A form's one problem, read out when it appears; nothing when there is none. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="alert" role="alert">
      {message}
    </p>
  );
}
