"use client";
// The shared table: sortable headers (keyboard buttons), a filter box, optional facet selects (band, source,
// country ...), all of it in the URL (?q=&sort=&f.band=) so a view can be shared. Rows are virtualised
// (TanStack Virtual): only the rows in view are in the DOM, so 100,000 rows scroll as smoothly as 100. A page with
// more rows than it should send passes a window (lib/tables/window.ts): the server filters, sorts and cuts the rows
// by the same URL state, and each change of that state asks the server for the new window.
import { countOf } from "@/lib/words";
import { useEffect, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { dataTableFeatures, type DataTableFeatures } from "./features";
import { parseSortParam, sortParam } from "@/lib/tables/sort-param";
import type { RowWindowCounts } from "@/lib/tables/window";

type Props<Row extends object> = {
  columns: ColumnDef<DataTableFeatures, Row>[];
  data: Row[];
  label: string;
  /** URL parameter prefix, so two tables on one page keep separate state */
  param?: string;
  filterPlaceholder?: string;
  numeric?: string[];
  /** select filters on exact values of these fields */
  facets?: { id: string; label: string }[];
  /** the rows are a server-side window of a larger set: its counts and every facet's values */
  window?: RowWindowCounts;
};

// typing in the filter of a windowed table asks the server once the typing pauses
const WINDOW_FILTER_DELAY_MS = 300;

const ROW_HEIGHT = 36;

export function DataTable<Row extends object>({
  columns,
  data,
  label,
  param = "",
  filterPlaceholder = "Filter…",
  numeric = [],
  facets = [],
  window: rowWindow,
}: Props<Row>) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [globalFilter, setGlobalFilter] = useState(search.get(`${param}q`) ?? "");
  const [sorting, setSorting] = useState<SortingState>(() => parseSortParam(search.get(`${param}sort`)));
  const [facetValues, setFacetValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(facets.map((f) => [f.id, search.get(`${param}f.${f.id}`) ?? ""])),
  );

  const syncUrl = (next: { q?: string; sort?: SortingState; facets?: Record<string, string> }) => {
    const params = new URLSearchParams(search.toString());
    const q = next.q ?? globalFilter;
    const s = sortParam(next.sort ?? sorting);
    if (q) params.set(`${param}q`, q);
    else params.delete(`${param}q`);
    if (s) params.set(`${param}sort`, s);
    else params.delete(`${param}sort`);
    for (const [id, v] of Object.entries(next.facets ?? facetValues)) {
      if (v) params.set(`${param}f.${id}`, v);
      else params.delete(`${param}f.${id}`);
    }
    const url = `${pathname}${params.size ? `?${params}` : ""}`;
    // the browser's own table only records its state in the URL (Next.js keeps useSearchParams in step); a
    // windowed table navigates, so the server sends the rows for the new state
    if (rowWindow) router.replace(url, { scroll: false });
    else globalThis.history.replaceState(null, "", url);
  };
  const filterTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(filterTimer.current), []);
  const syncFilter = (q: string) => {
    clearTimeout(filterTimer.current);
    if (rowWindow) filterTimer.current = setTimeout(() => syncUrl({ q }), WINDOW_FILTER_DELAY_MS);
    else syncUrl({ q });
  };

  const facetOptions = useMemo(
    () =>
      rowWindow?.facetOptions ??
      Object.fromEntries(
        facets.map((f) => [
          f.id,
          [...new Set(data.map((r) => String((r as Record<string, unknown>)[f.id] ?? "")).filter(Boolean))].sort(),
        ]),
      ),
    [data, facets, rowWindow],
  );
  const faceted = useMemo(() => {
    const active = Object.entries(facetValues).filter(([, v]) => v);
    return active.length
      ? data.filter((r) => active.every(([id, v]) => String((r as Record<string, unknown>)[id] ?? "") === v))
      : data;
  }, [data, facetValues]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: faceted,
    state: { sorting, globalFilter },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      setSorting(next);
      syncUrl({ sort: next });
    },
    // TanStack types the global filter as `any`: it is this table's search text
    onGlobalFilterChange: (updater: unknown) =>
      setGlobalFilter(
        typeof updater === "function" ? (updater as (old: string) => string)(globalFilter) : String(updater ?? ""),
      ),
    globalFilterFn: "includesString",
  });
  const rows = table.getRowModel().rows;
  const numericSet = useMemo(() => new Set(numeric), [numeric]);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back functions the React Compiler cannot memoise; this project does not enable the
  // compiler, and the virtualiser re-renders the table itself when rows scroll in.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // before the scroller is measured (and on the server) render the first rows plainly
  const windowed = items.length
    ? items
    : rows
        .slice(0, 30)
        .map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT, key: index }));
  const padTop = windowed[0]?.start ?? 0;
  const padBottom = Math.max(
    0,
    (items.length ? virtualizer.getTotalSize() : rows.length * ROW_HEIGHT) - (windowed[windowed.length - 1]?.end ?? 0),
  );

  return (
    <div>
      <div className="toolbar">
        <input
          type="search"
          aria-label={`Filter ${label}`}
          placeholder={filterPlaceholder}
          value={globalFilter}
          onChange={(e) => {
            setGlobalFilter(e.target.value);
            syncFilter(e.target.value);
          }}
        />
        {facets.map((f) => (
          <label key={f.id} className="small">
            {f.label}{" "}
            <select
              value={facetValues[f.id] ?? ""}
              onChange={(e) => {
                const next = { ...facetValues, [f.id]: e.target.value };
                setFacetValues(next);
                syncUrl({ facets: next });
              }}
            >
              <option value="">All</option>
              {(facetOptions[f.id] ?? []).map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        ))}
        <span className="small muted" role="status">
          {rowWindow && rowWindow.matching > data.length
            ? `The first ${rows.length.toLocaleString("en-US")} of ${rowWindow.matching.toLocaleString("en-US")} matching rows (${countOf(rowWindow.total, "row")} in all): filter, sort or pick a value to see others`
            : rowWindow
              ? `${rows.length.toLocaleString("en-US")} of ${countOf(rowWindow.total, "row")}`
              : rows.length === data.length
                ? countOf(data.length, "row")
                : `${rows.length.toLocaleString("en-US")} of ${countOf(data.length, "row")}`}
        </span>
      </div>
      {/* a scroll box takes a keyboard stop, so that keyboard users can scroll it too */}
      <div className="table-wrap" ref={scroller} tabIndex={0} role="group" aria-label={`${label} (scrolls)`}>
        <table className="data" aria-label={label} aria-rowcount={rows.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={numericSet.has(header.column.id) ? "num" : undefined}
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
            {windowed.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  ref={items.length ? virtualizer.measureElement : undefined}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={numericSet.has(cell.column.id) ? "num" : undefined}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="muted">
                  {globalFilter ? <>No rows match “{globalFilter}”.</> : "No rows match the filters."}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
