// The rows an import leaves out because they are not parts (fiducials, logos, mounting holes), each with why and
// what the row said: shown in the preview and again in the result.
import type { SkippedRow } from "@/lib/imports/analyse";
import { SimpleTable } from "@/components/ui/simple-table";

export function SkippedRowsTable({ rows }: { rows: readonly SkippedRow[] }) {
  return (
    <SimpleTable label="Skipped rows" columns={["Row", "Why", "The row reads"]} scroll="table-wrap">
      {rows.map((s) => (
        <tr key={s.row}>
          <td>{s.row}</td>
          <td>{s.reason}</td>
          <td className="small">{s.content}</td>
        </tr>
      ))}
    </SimpleTable>
  );
}
