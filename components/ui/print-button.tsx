"use client";

/** Opens the browser's print dialog: print styles turn the page into a report for the compliance file. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
