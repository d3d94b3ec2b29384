import Link from "next/link";

/** What to do next when there is nothing to show yet. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: React.ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="empty" role="status">
      <strong>{title}</strong>
      {children ? <p className="muted">{children}</p> : null}
      {action ? (
        <Link className="button" href={action.href}>
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
