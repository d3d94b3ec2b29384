"use client";

/** An area's error boundary: says what failed without taking the rest of the app down. */
export function AreaError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="alert" role="alert">
      <strong>This page could not be loaded.</strong>
      <p>
        {error.message.includes("database") || error.message.includes("connect") ? "The database did not answer. " : ""}
        Try again; if it keeps failing, give your administrator the reference {error.digest ?? "(none)"}.
      </p>
      <button className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
