"use client";
import Link from "next/link";
import type { DecidedHitRow } from "@/lib/data/screening-hit-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { BandBadge } from "@/components/screening/band-badge";

const h = columnHelper<DecidedHitRow>();
const columns = h.columns([
  h.accessor("partyName", {
    header: "Party",
    cell: (c) => <Link href={`/screening/hits/${c.row.original.matchId}`}>{c.getValue()}</Link>,
  }),
  h.accessor("partyCountry", { header: "Country", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("band", { header: "Band", cell: (c) => <BandBadge band={c.getValue()} /> }),
  h.accessor("score", { header: "Score" }),
  h.accessor("listedName", {
    header: "Listed entry",
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.matchedName !== c.getValue() ? (
          <span className="small muted"> via “{c.row.original.matchedName}”</span>
        ) : null}
      </>
    ),
  }),
  h.accessor("sourceCode", { header: "List" }),
  h.accessor("countries", { header: "Listed in" }),
  h.accessor("decision", {
    header: "Decision",
    cell: (c) => (
      <span
        className={
          c.row.original.decisionState === "reopened"
            ? "badge review"
            : c.row.original.decisionState === "decided"
              ? "badge ok"
              : "badge"
        }
      >
        {c.getValue()}
      </span>
    ),
  }),
]);

export function ScreeningHitsTable({ data }: { data: DecidedHitRow[] }) {
  return (
    <DataTable
      label="Screening hits"
      columns={columns}
      data={data}
      param="h"
      numeric={["score"]}
      filterPlaceholder="Filter by party or listed name…"
      facets={[
        { id: "band", label: "Band" },
        { id: "sourceCode", label: "List" },
        { id: "partyCountry", label: "Country" },
        { id: "queue", label: "Queue" },
        { id: "expiry", label: "Expiry" },
      ]}
    />
  );
}
