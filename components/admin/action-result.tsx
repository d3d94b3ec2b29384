"use client";
import type { ActionResult } from "@/lib/actions/action-result";
import { CopyButton } from "@/components/ui/copy-button";

/** The outcome of an admin action; a secret (new API key, temporary password) is shown once, with a copy button. */
export function ActionOutcome({ state, secretLabel }: { state: ActionResult; secretLabel?: string }) {
  if (!state.message) return null;
  return (
    <div role={state.ok ? "status" : "alert"} className={state.ok ? "small" : "alert"}>
      <p>{state.message}</p>
      {state.secret ? (
        <p>
          <code id="one-time-secret" aria-label={secretLabel ?? "Secret shown once"}>
            {state.secret}
          </code>{" "}
          <CopyButton text={state.secret} label="Copy" targetId="one-time-secret" />
        </p>
      ) : null}
    </div>
  );
}
