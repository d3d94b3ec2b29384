import type { ReactNode } from "react";

/**
 * A box that scrolls sideways on a narrow screen instead of the page. It takes a keyboard stop (tabIndex 0) so that
 * keyboard users can scroll it too, and is named for screen readers by what it holds.
 */
export function ScrollBox({
  label,
  className = "scroll-x",
  children,
}: {
  label: string;
  className?: "scroll-x" | "table-wrap";
  children: ReactNode;
}) {
  return (
    <div className={className} tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
