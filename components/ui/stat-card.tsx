import Link from "next/link";

/** One figure on a dashboard, linking to the detail that explains it. */
export function StatCard({
  label,
  value,
  href,
  note,
}: {
  label: string;
  value: string | number;
  href?: string;
  note?: React.ReactNode;
}) {
  const shown = typeof value === "number" ? value.toLocaleString("en-US") : value;
  const cls = typeof value === "string" && value.length > 12 ? "value text" : "value";
  return (
    <section className="card" aria-label={label}>
      <div className="label">{label}</div>
      {href ? (
        <Link className={cls} href={href}>
          {shown}
        </Link>
      ) : (
        <div className={cls}>{shown}</div>
      )}
      {note ? <div className="small muted">{note}</div> : null}
    </section>
  );
}
