"use client";
// Add a part to the catalogue; the TPP classifier shows, as the figures are typed, what the 3A090 tests of the
// chosen date make of them, with the arithmetic.
import { useActionState, useState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import type { PartRow } from "@/lib/data/classification-types";
import { classifyChip } from "@/lib/rules/tpp";
import { ActionMessage } from "@/components/ui/action-message";

export function PartForm({
  action,
  today,
  part,
}: {
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
  today: string;
  part?: PartRow | null;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  const [tops, setTops] = useState("");
  const [bits, setBits] = useState("8");
  const [die, setDie] = useState(part?.dieAreaMm2 != null ? String(part.dieAreaMm2) : "");
  const [dc, setDc] = useState(part && !part.datacenter ? "no" : "yes");
  const [statedTpp, setStatedTpp] = useState(part?.tpp != null ? String(part.tpp) : "");
  const [asOf, setAsOf] = useState(today);
  const n = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? null : Number(v));
  const r = classifyChip(
    { denseTops: n(tops), bitLength: n(bits), statedTpp: n(statedTpp), dieAreaMm2: n(die), dataCentre: dc === "yes" },
    asOf,
  );
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  return (
    <form action={formAction} className="form-grid" aria-label={part ? "Edit a part" : "Add a part"}>
      {part ? <input type="hidden" name="id" value={part.id} /> : null}
      <label>
        Manufacturer{" "}
        <input name="manufacturer" required defaultValue={part?.manufacturer} aria-invalid={!!err("manufacturer")} />
      </label>
      <label>
        Product <input name="product" required defaultValue={part?.product} />
      </label>
      <label>
        Variant <input name="variant" defaultValue={part?.variant ?? ""} />
      </label>
      <label>
        MPN pattern (regular expression, matched against the MPN without spaces or dashes){" "}
        <input name="mpnPattern" defaultValue={part?.mpnPattern ?? ""} placeholder="^900-21010" />
      </label>
      <label>
        Designed or marketed for data centres
        <select name="datacenter" value={dc} onChange={(e) => setDc(e.target.value)}>
          <option value="yes">yes</option>
          <option value="no">no</option>
        </select>
      </label>
      <fieldset>
        <legend>TPP classifier</legend>
        <label>
          Dense TOPS or TFLOPS <input value={tops} onChange={(e) => setTops(e.target.value)} inputMode="decimal" />
        </label>
        <label>
          At bit length <input value={bits} onChange={(e) => setBits(e.target.value)} inputMode="numeric" />
        </label>
        <label>
          Or the TPP a source states{" "}
          <input value={statedTpp} onChange={(e) => setStatedTpp(e.target.value)} inputMode="decimal" />
        </label>
        <label>
          Die area (mm²){" "}
          <input name="dieAreaMm2" value={die} onChange={(e) => setDie(e.target.value)} inputMode="decimal" />
        </label>
        <label>
          Rules as of <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <input type="hidden" name="tpp" value={r.tpp ?? ""} />
        <output aria-label="Proposed classification" className="small" style={{ display: "block" }}>
          <strong>{r.eccn === "unknown" ? "Cannot classify yet" : r.eccn}</strong>
          <ul>
            {r.arithmetic.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          {r.eccn === "3A090.a" || r.eccn === "3A090.b" ? <span>Systems containing it: 4A090.</span> : null}
        </output>
      </fieldset>
      <label>
        ECCN to record (blank: derived from TPP and PD on each check's date){" "}
        <input
          name="eccn"
          defaultValue={part?.eccn ?? ""}
          placeholder={r.eccn === "3A090.a" || r.eccn === "3A090.b" ? r.eccn : "EAR99"}
        />
      </label>
      <label>
        Sources <input name="sources" defaultValue={part?.sources ?? ""} placeholder="datasheet URL" />
      </label>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {part ? "Save part" : "Add part"}
        </button>{" "}
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
