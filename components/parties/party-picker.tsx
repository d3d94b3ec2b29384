"use client";
// A stored party, picked by typing part of its name: the browser's own suggestion list (a datalist, so arrow keys,
// Enter and screen readers work as in any text box) filled from the server as the user types. The form posts the
// label shown ("Name (CN)"), and the server finds the party by it (lib/data/party-lookup.ts), so the form works the
// same whether or not the suggestions arrived. Thousands of parties never reach the page.
import { useEffect, useId, useRef, useState } from "react";
import type { PartyChoice } from "@/lib/parties/party-label";

const SUGGEST_DELAY_MS = 150;

export function PartyPicker({
  name,
  label,
  required = false,
  placeholder = "Type part of a name",
  invalid,
}: {
  /** the posted field: the party's label */
  name: string;
  label: string;
  required?: boolean;
  placeholder?: string;
  invalid?: boolean;
}) {
  const listId = useId();
  const [choices, setChoices] = useState<PartyChoice[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const asked = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  const suggest = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim().length < 2) return setChoices([]);
    timer.current = setTimeout(() => {
      const ask = ++asked.current;
      void fetch(`/api/v1/parties?q=${encodeURIComponent(text)}`)
        .then((res) => (res.ok ? (res.json() as Promise<{ parties: PartyChoice[] }>) : { parties: [] }))
        .catch(() => ({ parties: [] }))
        // an answer to an older question never replaces a newer one
        .then((body) => ask === asked.current && setChoices(body.parties));
    }, SUGGEST_DELAY_MS);
  };

  return (
    <label>
      {label}
      <input
        name={name}
        list={listId}
        autoComplete="off"
        required={required}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        onChange={(e) => suggest(e.target.value)}
      />
      <datalist id={listId}>
        {choices.map((c) => (
          <option key={c.id} value={c.label} />
        ))}
      </datalist>
    </label>
  );
}
