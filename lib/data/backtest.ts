import "server-only";
// What a backtest starts from: every product line with all its periods of figures and the exposure of the checks in
// force for it, the company's reported revenue (data/reference), and the date the company was listed, from the
// Entity List entries of the list version in force.
import path from "node:path";
import { db } from "../db";
import { installRoot } from "../env";
import { readCompanyActuals } from "../reference/company-actuals";
import type { Actual, LineHistory } from "../scenarios/backtest";
import { scenarioBase } from "./scenarios";

export type BacktestData = {
  company: string;
  currency: string;
  history: LineHistory[];
  actuals: Actual[];
  /** the earliest Entity List start date of the company's entries, or null when the list in force has none */
  listingDate: string | null;
  listingSource: string | null;
  problems: string[];
};

export async function backtestData(): Promise<BacktestData> {
  const base = await scenarioBase();
  const { company, actuals } = readCompanyActuals(path.join(installRoot(), "data"));
  const rows = await db().financial.findMany({
    select: { productLineId: true, period: true, revenueMinor: true, costMinor: true },
    orderBy: { period: "asc" },
  });
  const history: LineHistory[] = base.lines.map(({ revenueMinor: _r, costMinor: _c, ...line }) => ({
    ...line,
    financials: rows
      .filter((f) => f.productLineId === line.id)
      .map((f) => ({ period: f.period, revenueMinor: Number(f.revenueMinor), costMinor: Number(f.costMinor) })),
  }));
  // the company's first word ("SenseTime") finds its entries under any legal name
  const word = company.split(/\s+/)[0] ?? company;
  const listed = await db().listedEntry.findMany({
    where: {
      sourceCode: "EL",
      name: { contains: word },
      startDate: { not: null },
      listVersion: { status: "current" },
    },
    select: { name: true, startDate: true, federalRegisterNotice: true, listVersion: { select: { label: true } } },
    orderBy: { startDate: "asc" },
    take: 1,
  });
  const first = listed[0];
  return {
    company,
    currency: base.currency,
    history,
    actuals,
    listingDate: first?.startDate ?? null,
    listingSource: first
      ? `${first.name}, Entity List from ${first.startDate}${first.federalRegisterNotice ? ` (${first.federalRegisterNotice})` : ""}, list version "${first.listVersion.label}"`
      : null,
    problems: base.problems,
  };
}
