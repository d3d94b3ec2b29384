"use client";
import { useActionState } from "react";
import { idleResult, type FormAction } from "@/lib/actions/action-result";
import type { IsInformedLetter } from "@/lib/rules/is-informed";
import { ActionOutcome } from "./action-result";

function Field({ name, label, hint, errors }: { name: string; label: string; hint?: string; errors?: string[] }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} aria-describedby={hint ? `${name}-hint` : undefined} />
      {hint ? (
        <span id={`${name}-hint`} className="small muted">
          {hint}
        </span>
      ) : null}
      {errors?.length ? <span className="error-text">{errors[0]}</span> : null}
    </label>
  );
}

export function ExporterAdmin({
  name,
  letters,
  setName,
  addLetter,
}: {
  name: string | null;
  letters: IsInformedLetter[];
  setName: FormAction;
  addLetter: FormAction;
}) {
  const [nameState, nameAction, namePending] = useActionState(setName, idleResult);
  const [letterState, letterAction, letterPending] = useActionState(addLetter, idleResult);
  const e = letterState.fieldErrors ?? {};
  return (
    <>
      <section aria-labelledby="exporter-name">
        <h2 id="exporter-name">Exporter</h2>
        <form action={nameAction} className="toolbar">
          <label className="field">
            <span>Company name</span>
            <input name="name" defaultValue={name ?? ""} required />
          </label>
          <button className="button" type="submit" disabled={namePending}>
            Save exporter
          </button>
          <ActionOutcome state={nameState} />
        </form>
      </section>
      <section aria-labelledby="letters">
        <h2 id="letters">Is-informed letters</h2>
        {letters.length ? (
          <ul>
            {letters.map((l) => (
              <li key={l.id}>
                <strong>{l.recipient}</strong>, {l.issuedOn}
                {l.until ? ` to ${l.until}` : ""} ({l.basis}(b)): {[...l.products, ...l.eccns].join(", ")} to{" "}
                {l.destinations.join(", ")}
                {l.headquarters ? " and buyers headquartered there" : ""}
                {l.tppRange ? `; range ${l.tppRange}` : ""}. Source: {l.source}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No letters recorded.</p>
        )}
        <form action={letterAction} className="stack">
          <Field name="recipient" label="Recipient (the exporter named in the letter)" errors={e.recipient} />
          <Field
            name="products"
            label="Products"
            hint="Names as in part numbers or descriptions, e.g. H20, A100"
            errors={e.products}
          />
          <Field
            name="eccns"
            label="ECCNs"
            hint="e.g. 3A090, 4A090 (a prefix covers its paragraphs)"
            errors={e.eccns}
          />
          <Field name="tppRange" label="Performance range (shown, not applied)" errors={e.tppRange} />
          <Field
            name="destinations"
            label="Destinations"
            hint="ISO alpha-2 codes or D:5, e.g. CN, HK, MO, D:5"
            errors={e.destinations}
          />
          <label className="field">
            <span>
              <input type="checkbox" name="headquarters" /> Also buyers headquartered in those destinations
            </span>
          </label>
          <label className="field">
            <span>Basis</span>
            <select name="basis" defaultValue="744.23">
              <option value="744.21">744.21 (military end use or user)</option>
              <option value="744.23">744.23 (advanced computing, supercomputers)</option>
            </select>
          </label>
          <Field name="issuedOn" label="Letter date (YYYY-MM-DD)" errors={e.issuedOn} />
          <Field name="until" label="Until (YYYY-MM-DD, empty for open-ended)" errors={e.until} />
          <Field name="source" label="Source (where the letter is on file)" errors={e.source} />
          <button className="button" type="submit" disabled={letterPending}>
            Record letter
          </button>
          <ActionOutcome state={letterState} />
        </form>
      </section>
    </>
  );
}
