"use client";
// Screen one name as you type: the request goes to POST /api/v1/screen (the same API integrators use), a quarter
// second after the last keystroke; an older answer arriving late never replaces a newer one.
import { useEffect, useRef, useState } from "react";
import type { ReportedResult } from "@/lib/screening/report";
import { sourceGroupLabels, sourceGroups, type SourceGroup } from "@/lib/screening/sources";
import { BandBadge } from "./band-badge";
import { ExplanationView } from "./explanation-view";

type Answer = { results: ReportedResult[] };

export function ScreenSearch() {
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const [sources, setSources] = useState<SourceGroup>("all");
  const [result, setResult] = useState<ReportedResult | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const q = name.trim();
    if (q.length < 2) {
      latest.current += 1; // an answer still on its way is for a name no longer there
      return;
    }
    const ticket = ++latest.current;
    const screen = async () => {
      setBusy(true);
      try {
        const res = await fetch("/api/v1/screen", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ names: [{ name: q, country: country || null }], sources: [sources] }),
        });
        const body = (await res.json()) as Answer & { error?: { message: string } };
        if (ticket !== latest.current) return;
        if (!res.ok) {
          setError(body.error?.message ?? `Screening failed (${res.status}).`);
          setResult(null);
        } else {
          setError("");
          setResult(body.results[0] ?? null);
        }
      } catch {
        if (ticket === latest.current) setError("Could not reach the server.");
      } finally {
        if (ticket === latest.current) setBusy(false);
      }
    };
    const timer = setTimeout(() => void screen(), 250);
    return () => clearTimeout(timer);
  }, [name, country, sources]);

  // under two characters nothing is screened, and nothing from an earlier name is shown
  const tooShort = name.trim().length < 2;
  const shownResult = tooShort ? null : result;
  const shownError = tooShort ? "" : error;

  return (
    <div>
      <div className="toolbar">
        <input
          type="search"
          aria-label="Name to screen"
          placeholder="Type a company or person name…"
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ minWidth: "22rem" }}
        />
        <input
          aria-label="Country (ISO code, optional)"
          placeholder="Country, e.g. CN"
          value={country}
          maxLength={2}
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
          style={{ width: "7rem" }}
        />
        <label className="small">
          Lists{" "}
          <select value={sources} onChange={(e) => setSources(e.target.value as SourceGroup)}>
            {sourceGroups.map((g) => (
              <option key={g} value={g}>
                {sourceGroupLabels[g]}
              </option>
            ))}
          </select>
        </label>
        {busy ? (
          <span className="small muted" role="status">
            Screening…
          </span>
        ) : null}
      </div>
      {shownError ? (
        <p role="alert" className="error-text">
          {shownError}
        </p>
      ) : null}
      {shownResult ? (
        <section aria-label="Search result">
          <p>
            <BandBadge band={shownResult.status} />{" "}
            {shownResult.matches.length
              ? `${shownResult.matches.length} possible match${shownResult.matches.length > 1 ? "es" : ""} for “${shownResult.input}”`
              : `No listed name resembles “${shownResult.input}”.`}
          </p>
          <ul className="hit-list">
            {shownResult.matches.map((m) => (
              <li key={`${m.source}|${m.name}`}>
                <details>
                  <summary>
                    <BandBadge band={m.band} /> <strong>{m.name}</strong> <span className="badge">{m.source}</span>{" "}
                    score {m.score}
                    {m.matchedAlias !== m.name ? <span className="small muted"> via “{m.matchedAlias}”</span> : null}
                  </summary>
                  <ExplanationView e={m.explanation} score={m.score} />
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
