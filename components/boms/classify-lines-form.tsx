"use client";
// Select lines of a BOM and classify them together; or take the suggestion "EAR99 for passive parts by
// category", which only selects the lines and fills the form: nothing is saved until the officer confirms.
import { useActionState, useMemo, useState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import type { BomLineRow } from "@/lib/data/area-row-types";
import { passiveCategory, suggestEar99ForPassives } from "@/lib/boms/passive-category";
import { SubmitRow } from "@/components/ui/action-message";

export function ClassifyLinesForm({
  bomId,
  lines,
  action,
}: {
  bomId: string;
  lines: BomLineRow[];
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [eccn, setEccn] = useState("");
  const [note, setNote] = useState("");
  const [filter, setFilter] = useState("");
  const suggestion = useMemo(
    () => suggestEar99ForPassives(lines.map((l) => ({ ...l, classified: l.classifiedAs !== null }))),
    [lines],
  );
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f
      ? lines.filter((l) =>
          [l.lineNo, l.references, l.manufacturer, l.mpn, l.description].join(" ").toLowerCase().includes(f),
        )
      : lines;
  }, [lines, filter]);
  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allShown = shown.length > 0 && shown.every((l) => selected.has(l.id));
  return (
    <form action={formAction} aria-label="Classify selected lines">
      <input type="hidden" name="bomId" value={bomId} />
      <input type="hidden" name="lineIds" value={[...selected].join(",")} />
      {suggestion ? (
        <div className="panel" role="note" aria-label="Suggestion">
          <p>
            <strong>Suggestion:</strong> EAR99 for {suggestion.lineIds.length} passive part line
            {suggestion.lineIds.length === 1 ? "" : "s"} by category (
            {suggestion.byCategory.map((g) => `${g.lineNos.length} ${g.category}`).join(", ")}). Passive parts are
            usually EAR99, but not always (some capacitors, space-grade and RF parts are listed): check the selected
            lines, then confirm.
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setSelected(new Set(suggestion.lineIds));
              setEccn(suggestion.eccn);
              setNote(suggestion.note);
            }}
          >
            Review the suggestion
          </button>
        </div>
      ) : null}
      <div className="toolbar">
        <label>
          Filter lines <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="R, 10k, GRM…" />
        </label>
        <span className="small" aria-live="polite">
          {selected.size} line{selected.size === 1 ? "" : "s"} selected
        </span>
      </div>
      <div className="table-wrap" style={{ maxHeight: "24rem", overflowY: "auto" }}>
        <table className="data" aria-label="Lines to classify">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label="Select all shown lines"
                  checked={allShown}
                  onChange={(e) =>
                    setSelected((s) => {
                      const next = new Set(s);
                      for (const l of shown) {
                        if (e.target.checked) next.add(l.id);
                        else next.delete(l.id);
                      }
                      return next;
                    })
                  }
                />
              </th>
              <th>#</th>
              <th>References</th>
              <th>MPN</th>
              <th>Description</th>
              <th>Category</th>
              <th>Classified as</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select line ${l.lineNo}`}
                    checked={selected.has(l.id)}
                    onChange={(e) => toggle(l.id, e.target.checked)}
                  />
                </td>
                <td>{l.lineNo}</td>
                <td className="small">{l.references ?? ""}</td>
                <td>{l.mpn ?? "—"}</td>
                <td>{l.description ?? "—"}</td>
                <td className="small">{passiveCategory(l) ?? ""}</td>
                <td>{l.classifiedAs ?? l.eccn ?? <span className="muted">not classified</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-grid">
        <label>
          ECCN for the selected lines{" "}
          <input name="eccn" required placeholder="EAR99" value={eccn} onChange={(e) => setEccn(e.target.value)} />
        </label>
        <label>
          Note (required: the evidence){" "}
          <input name="note" required minLength={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <SubmitRow
          label={`Classify ${selected.size} selected line${selected.size === 1 ? "" : "s"}`}
          pending={pending || selected.size === 0}
          state={state}
        />
      </div>
    </form>
  );
}
