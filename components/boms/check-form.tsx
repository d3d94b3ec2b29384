"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { PartyPicker } from "@/components/parties/party-picker";

export function CheckBomForm({
  bomId,
  today,
  action,
}: {
  bomId: string;
  today: string;
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  return (
    <form action={formAction} className="form-grid" aria-label="Check this BOM">
      <input type="hidden" name="bomId" value={bomId} />
      <PartyPicker
        name="party"
        label="Buyer (a stored party)"
        placeholder="Type part of a name, or fill in the buyer's name below"
        invalid={!!err("party")}
      />
      <label>
        Buyer name (when not a stored party)
        <input name="buyerName" aria-invalid={!!err("buyerName")} />
        {err("buyerName") ? <span className="error-text">{err("buyerName")}</span> : null}
      </label>
      <label>
        Buyer headquarters country (optional: the party's country otherwise)
        <input name="hqCountry" maxLength={5} placeholder="CN" />
      </label>
      <label>
        Owners (optional: one name=percent a line, e.g. Megvii Technology Limited=60)
        <textarea name="owners" rows={2} aria-invalid={!!err("owners")} />
        {err("owners") ? <span className="error-text">{err("owners")}</span> : null}
      </label>
      <label>
        Ultimate parent (optional: replaces the one stored ownership gives)
        <input name="ultimateParent" />
      </label>
      <label>
        Ultimate parent&apos;s headquarters country
        <input name="ultimateParentHq" maxLength={5} placeholder="CN" aria-invalid={!!err("ultimateParentHq")} />
        {err("ultimateParentHq") ? <span className="error-text">{err("ultimateParentHq")}</span> : null}
      </label>
      <label>
        Destination country
        <input name="destination" required maxLength={5} placeholder="CN" aria-invalid={!!err("destination")} />
        {err("destination") ? <span className="error-text">{err("destination")}</span> : null}
      </label>
      <label>
        Ships from
        <input name="shipFrom" defaultValue="US" maxLength={2} />
      </label>
      <label>
        Date to determine for
        <input name="asOf" type="date" defaultValue={today} required />
      </label>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Checking…" : "Check BOM"}
        </button>{" "}
        {state.message && !state.ok ? (
          <span role="alert" className="error-text">
            {state.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
