"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { SubmitRow } from "@/components/ui/action-message";
import { PartyPicker } from "@/components/parties/party-picker";

export function LicenceForm({ action }: { action: (p: ActionResult, f: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="form-grid" aria-label="Record a licence">
      <label>
        Licence number <input name="number" required />
      </label>
      <PartyPicker name="party" label="Party it names" required invalid={!!state.fieldErrors?.party} />
      <label>
        Destination (blank: any) <input name="destination" maxLength={2} />
      </label>
      <label>
        ECCNs covered (comma-separated; * for all) <input name="eccns" required placeholder="3A090.a, 4A090.a" />
      </label>
      <label>
        Valid from <input name="validFrom" type="date" required />
      </label>
      <label>
        Valid to (blank: no expiry stated) <input name="validTo" type="date" />
      </label>
      <label>
        Note <input name="note" />
      </label>
      <SubmitRow label="Record licence" pending={pending} state={state} />
    </form>
  );
}
