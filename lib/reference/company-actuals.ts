// Reads a company's reported revenue from data/reference (team-compiled facts, each year with its source document),
// as the actuals a backtest compares with. Figures are RMB thousands in the file and minor units (fen) here.
import path from "node:path";
import { readSmallCsv } from "../csv/read-small";
import type { Actual } from "../scenarios/backtest";

export const actualsFile = "reference/sensetime-revenue.csv";

export function readCompanyActuals(dataDir: string, file = actualsFile): { company: string; actuals: Actual[] } {
  const rows = readSmallCsv(path.join(dataDir, file)).records.map((r) => r.values);
  return {
    company: rows[0]?.company ?? "",
    actuals: rows
      .filter((r) => r.basis === "actual")
      .map((r) => ({
        year: Number(r.year),
        // thousands of RMB to fen: x 1,000 x 100
        revenueMinor: Number(r.revenue_rmb_thousands) * 100_000,
        source: `${r.source_document} (via ${r.cited_via}; verified: ${r.verified})`,
      })),
  };
}
