export function ProgressBar({ label, fraction, detail }: { label: string; fraction: number; detail?: string }) {
  const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
  return (
    <div className="progress-row">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="small muted">
        {pct}%{detail ? ` · ${detail}` : ""}
      </span>
    </div>
  );
}
