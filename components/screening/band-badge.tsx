const labels: Record<string, string> = { match: "match", review: "review", related: "related, review", clear: "clear" };

/** A screening band or status as a coloured badge; the words carry the meaning, the colour only repeats it. */
export function BandBadge({ band }: { band: string }) {
  return <span className={`badge ${band}`}>{labels[band] ?? band}</span>;
}
