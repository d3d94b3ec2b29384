import Link from "next/link";

export function AreaNotFound({ what = "page" }: { what?: string }) {
  return (
    <div className="empty" role="status">
      <strong>No such {what}.</strong>
      <p className="muted">It may have been removed, or the link is wrong.</p>
      <Link href="/">Back to the overview</Link>
    </div>
  );
}
