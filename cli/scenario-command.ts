import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { scenarioBase } from "@/lib/data/scenarios";
import { AppError } from "@/lib/errors";
import { project, totals } from "@/lib/scenarios/model";
import { defaultParams, parseScenarioParams } from "@/lib/scenarios/params";
import { monteCarlo, rangesAround, tornado } from "@/lib/scenarios/uncertainty";
import { runBacktestCommand } from "./scenario-backtest";
import { saveScenario } from "@/lib/operations/save-scenario";
import { cliActor } from "./actor";
import { invocationDir } from "@/lib/env";

export function registerScenarioCommand(program: Command): void {
  program
    .command("scenario")
    .description("project revenue and gross profit under a listing scenario (levers, ranges and seed in a JSON file)")
    .argument("[scenario.json]", "{ levers: {...}, ranges: {...}, seed }; the defaults when omitted")
    .option("--paths <n>", "Monte Carlo paths", "10000")
    .option("--save <name>", "save it as a new version of this named scenario (audited)")
    .option("--json", "print one JSON object")
    .option(
      "--backtest",
      "project as an executive would have seen it on the --as-of date and compare with reported revenue",
    )
    .option("--as-of <date>", "with --backtest: the date the projection is made on (YYYY-MM-DD)", "2019-10-09")
    .action(
      async (
        file: string | undefined,
        opts: { paths: string; save?: string; json?: boolean; backtest?: boolean; asOf: string },
      ) => {
        let raw: unknown = defaultParams;
        if (file) {
          const abs = path.resolve(invocationDir(), file);
          if (!fs.existsSync(abs)) throw new AppError("INVALID_INPUT", `${file}: no such file`);
          try {
            raw = JSON.parse(fs.readFileSync(abs, "utf8"));
          } catch (e) {
            throw new AppError("INVALID_INPUT", `${file}: not valid JSON (${(e as Error).message})`);
          }
        }
        const parsed = parseScenarioParams(raw);
        if (!parsed.ok) throw new AppError("INVALID_INPUT", `${file ?? "scenario"}: ${parsed.problems.join("; ")}`);
        const paths = Number(opts.paths);
        if (!Number.isInteger(paths) || paths < 1 || paths > 1_000_000)
          throw new AppError("INVALID_INPUT", `--paths ${opts.paths}: expected a whole number from 1 to 1,000,000`);
        if (opts.backtest) return runBacktestCommand(parsed.params, { asOf: opts.asOf, paths, json: !!opts.json });
        try {
          const base = await scenarioBase();
          if (base.lines.length === 0)
            throw new AppError("NOT_FOUND", "No financials yet: import product-line financials first.");
          const { levers, ranges, seed } = parsed.params;
          if (levers.listingPeriod > base.horizon.periods.length - 1)
            throw new AppError(
              "INVALID_INPUT",
              `levers.listingPeriod: ${levers.listingPeriod} is outside the horizon (0 to ${base.horizon.periods.length - 1}: ${base.horizon.periods.join(", ")})`,
            );
          const t = totals(project(base.lines, levers, base.horizon));
          // the band and the tornado around the scenario as set (issue 18)
          const around = rangesAround(levers, ranges);
          const mc = monteCarlo(base.lines, levers, around, base.horizon, { paths, seed });
          const torn = tornado(base.lines, levers, around, base.horizon);
          const saved = opts.save ? await saveScenario(opts.save, parsed.params, cliActor) : null;
          const periods = base.horizon.periods.map((period, i) => ({
            period,
            baselineRevenue: t.baselineRevenue[i]!,
            scenarioRevenue: t.scenarioRevenue[i]!,
            p10: mc.revenue.p10[i]!,
            p50: mc.revenue.p50[i]!,
            p90: mc.revenue.p90[i]!,
            baselineProfit: t.baselineProfit[i]!,
            scenarioProfit: t.scenarioProfit[i]!,
          }));
          if (opts.json) {
            console.log(
              JSON.stringify({
                currency: base.currency,
                minorUnits: 100,
                problems: base.problems,
                params: parsed.params,
                periods,
                tornado: torn,
                saved,
              }),
            );
            return;
          }
          const m = (v: number) => (v / 100).toLocaleString("en-US", { maximumFractionDigits: 0 }).padStart(16);
          for (const p of base.problems) console.log(`note: ${p}`);
          console.log(
            `${"period".padEnd(8)}${"baseline".padStart(16)}${"scenario".padStart(16)}${"P10".padStart(16)}${"P90".padStart(16)}   (${base.currency})`,
          );
          for (const p of periods)
            console.log(`${p.period.padEnd(8)}${m(p.baselineRevenue)}${m(p.scenarioRevenue)}${m(p.p10)}${m(p.p90)}`);
          for (const r of torn)
            console.log(
              `lever ${r.label}: cumulative revenue ${m(r.revenueAtLow).trim()} to ${m(r.revenueAtHigh).trim()}`,
            );
          if (saved) console.log(`saved "${opts.save}" as version ${saved.version}`);
        } finally {
          await disconnectDb();
        }
      },
    );
}
