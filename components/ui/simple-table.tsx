import { ScrollBox } from "./scroll-box";
import type { ReactNode } from "react";

/** A column heading: its text, or a node with a class (`num` right-aligns a number column). */
export type Column = ReactNode | { label: ReactNode; className?: string };

const isStyled = (c: Column): c is { label: ReactNode; className?: string } =>
  typeof c === "object" && c !== null && "label" in c;

/**
 * A read-only table of a few rows (no sorting or paging: those go through components/data-table): the headings
 * from `columns`, the body rows as children. It sits in a box that scrolls sideways on a phone instead of the page
 * (`table-wrap` adds a frame and a maximum height).
 */
export function SimpleTable({
  label,
  caption,
  columns,
  compact = false,
  scroll,
  children,
}: {
  label: string;
  caption?: string;
  columns: Column[];
  compact?: boolean;
  scroll?: "table-wrap" | "scroll-x";
  children: ReactNode;
}) {
  const table = (
    <table className={compact ? "data compact" : "data"} aria-label={label}>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c, i) =>
            isStyled(c) ? (
              <th key={i} scope="col" className={c.className}>
                {c.label}
              </th>
            ) : (
              <th key={i} scope="col">
                {c}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return (
    <ScrollBox label={`${label} (scrolls sideways)`} className={scroll ?? "scroll-x"}>
      {table}
    </ScrollBox>
  );
}
