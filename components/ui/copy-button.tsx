"use client";
import { useState } from "react";

/** Copies a text to the clipboard and says so; falls back to selecting the text where the clipboard is denied. */
export function CopyButton({ text, label, targetId }: { text: string; label: string; targetId?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            const el = targetId ? document.getElementById(targetId) : null;
            if (el) window.getSelection()?.selectAllChildren(el);
            setState("failed");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="small muted">
        {" "}
        {state === "copied"
          ? "Copied."
          : state === "failed"
            ? "The browser refused the clipboard: the text is selected, press Ctrl+C."
            : ""}
      </span>
    </>
  );
}
