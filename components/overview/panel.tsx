import Link from "next/link";
import { settle } from "@/lib/overview/settle";

/** One panel of the overview: a titled region, its own error, never the whole page's. */
export function Panel({
  id,
  title,
  children,
  action,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <section className="panel overview-panel" aria-labelledby={`${id}-heading`} id={id}>
      <div className="panel-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        {action ? (
          <Link className="small no-print" href={action.href}>
            {action.label}
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

export function PanelSkeleton({ id, title, rows = 3 }: { id: string; title: string; rows?: number }) {
  return (
    <section className="panel overview-panel" aria-labelledby={`${id}-heading`} aria-busy="true">
      <div className="panel-head">
        <h2 id={`${id}-heading`}>{title}</h2>
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 15}%` }} />
      ))}
      <span className="visually-hidden">Loading…</span>
    </section>
  );
}

export function PanelError({ message }: { message: string }) {
  return (
    <div className="error" role="alert">
      <strong>This panel could not load.</strong> {message} The rest of the overview is unaffected; reload to try again.
    </div>
  );
}

/** Loads a panel's data; on failure renders the panel with its error instead of throwing to the page. */
export async function loadPanel<T>(
  load: () => Promise<T>,
  render: (value: T) => React.ReactNode,
  frame: { id: string; title: string },
): Promise<React.ReactNode> {
  const r = await settle(async () => {
    try {
      return await load();
    } catch (e) {
      console.error(`overview panel "${frame.id}" failed:`, e); // the full cause for the log; the page shows a short message
      throw e;
    }
  });
  if (r.ok) return render(r.value);
  return (
    <Panel id={frame.id} title={frame.title}>
      <PanelError message={r.message} />
    </Panel>
  );
}
