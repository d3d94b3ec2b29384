export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <header>
      <h1>{title}</h1>
      {children ? <p className="muted">{children}</p> : null}
    </header>
  );
}

export function DemoBadge() {
  return (
    <span className="badge demo" title="Demo data, not a real record">
      demo
    </span>
  );
}
