"use client";
// The shared table: sortable headers (keyboard buttons), a filter box, and its state in the URL (?q=&sort=)
// so a view can be shared. Long tables render a window of rows; later issues add virtualisation.
import { useMemo, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTable, type ColumnDef, type SortingState } from "@tanstack/react-table";
import { dataTableFeatures, type DataTableFeatures } from "./features";
import { parseSortParam, sortParam } from "./url-state";

type Props<Row extends object> = {
  columns: ColumnDef<DataTableFeatures, Row>[];
  data: Row[];
  label: string;
  /** URL parameter prefix, so two tables on one page keep separate state */
  param?: string;
  filterPlaceholder?: string;
  numeric?: string[];
};

export function DataTable<Row extends object>({ columns, data, label, param = "", filterPlaceholder = "Filter…", numeric = [] }: Props<Row>) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [globalFilter, setGlobalFilter] = useState(search.get(`${param}q`) ?? "");
  const [sorting, setSorting] = useState<SortingState>(() => parseSortParam(search.get(`${param}sort`)));

  const syncUrl = (next: { q?: string; sort?: SortingState }) => {
    const params = new URLSearchParams(search.toString());
    const q = next.q ?? globalFilter;
    const s = sortParam(next.sort ?? sorting);
    if (q) params.set(`${param}q`, q); else params.delete(`${param}q`);
    if (s) params.set(`${param}sort`, s); else params.delete(`${param}sort`);
    router.replace(`${pathname}${params.size ? `?${params}` : ""}`, { scroll: false });
  };

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    state: { sorting, globalFilter },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      setSorting(next);
      syncUrl({ sort: next });
    },
    onGlobalFilterChange: (updater) => setGlobalFilter(typeof updater === "function" ? updater(globalFilter) : updater),
    globalFilterFn: "includesString",
  });
  const rows = table.getRowModel().rows;
  const numericSet = useMemo(() => new Set(numeric), [numeric]);

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
            syncUrl({ q: e.target.value });
          }}
        />
        <span className="small muted" role="status">{rows.length === data.length ? `${data.length.toLocaleString("en-US")} rows` : `${rows.length.toLocaleString("en-US")} of ${data.length.toLocaleString("en-US")} rows`}</span>
      </div>
      <div className="table-wrap">
        <table className="data" aria-label={label}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} className={numericSet.has(header.column.id) ? "num" : undefined} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}>
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
            {rows.slice(0, 2000).map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={numericSet.has(cell.column.id) ? "num" : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr><td colSpan={columns.length} className="muted">No rows match “{globalFilter}”.</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {rows.length > 2000 ? <p className="small muted">Showing the first 2,000 rows; filter to narrow.</p> : null}
    </div>
  );
}
