import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { freshnessJson, listFreshnessAt } from "@/lib/data/list-update-status";
import { stalenessMessage } from "@/lib/lists/update-policy";
import { AppError } from "@/lib/errors";
import { rawLine } from "@/lib/boms/raw-line";
import { statusLabels } from "@/lib/rules/types";
import { recordDetermination } from "@/lib/operations/record-determination";
import { checkBomLines, toDeterminationReport } from "@/lib/operations/check-bom-lines";
import { runImport } from "@/lib/operations/run-import";
import { readBomFile } from "@/lib/operations/read-bom-file";
import { cliActor } from "./actor";
import { invocationDir } from "@/lib/env";

export function registerCheckBomCommand(program: Command): void {
  program
    .command("check-bom")
    .description(
      "which lines of a BOM are blocked or need a licence for this buyer, destination and date (imports nothing unless --save)",
    )
    .argument(
      "<bom.csv>",
      "a BOM in any supported format (the template: manufacturer, mpn, description, quantity, country_of_origin, ...)",
    )
    .requiredOption("--buyer <name>", "the buyer's name (screened against the BIS lists in force)")
    .requiredOption("--country <ISO2>", "destination country")
    .option("--ship-from <ISO2>", "where the items ship from", "US")
    .option("--buyer-hq <ISO2>", "the buyer's headquarters country (for the advanced-computing headquarters test)")
    .option("--date <YYYY-MM-DD>", "the date to determine for (default: today)")
    .option("--save", "import the BOM and record the determination (audited)")
    .option("--json", "print one JSON object: buyer, lines, summary")
    .action(
      async (
        file: string,
        opts: {
          buyer: string;
          country: string;
          shipFrom: string;
          buyerHq?: string;
          date?: string;
          save?: boolean;
          json?: boolean;
        },
      ) => {
        const abs = path.resolve(invocationDir(), file);
        if (!fs.existsSync(abs)) throw new AppError("INVALID_INPUT", `${file}: no such file`);
        const req = {
          buyer: { name: opts.buyer, hqCountry: opts.buyerHq ?? null },
          destination: opts.country,
          shipFrom: opts.shipFrom,
          asOf: opts.date ?? new Date().toISOString().slice(0, 10),
        };
        try {
          let result;
          if (opts.save) {
            const imported = await runImport({
              file: abs,
              fileName: path.basename(file),
              kind: "bom",
              actor: cliActor,
            });
            if (imported.status !== "imported" && imported.status !== "unchanged")
              throw new AppError("INVALID_INPUT", imported.message);
            result = await recordDetermination(imported.version!.id, req, cliActor);
          } else {
            const read = await readBomFile(abs, path.basename(file));
            if (read.message)
              throw new AppError("INVALID_INPUT", `${read.message}. Nothing was checked: fix the file first.`);
            const lines = read.records.map((r, i) => rawLine(r, i + 1));
            result = await checkBomLines(lines, req);
          }
          const report = toDeterminationReport(result);
          const freshness = result.lists.csl ? await listFreshnessAt(result.lists.csl.id, new Date()) : null;
          if (opts.json) {
            console.log(JSON.stringify({ ...report, listFreshness: freshnessJson(freshness) }));
            return;
          }
          if (freshness?.stale) console.log(`Warning: ${stalenessMessage(freshness)}`);
          console.log(
            `Buyer: ${report.buyer.input} (${report.buyer.status}${report.buyer.matches[0] ? `: ${report.buyer.matches[0].name} [${report.buyer.matches[0].source}], score ${report.buyer.matches[0].score}` : ""})`,
          );
          console.log(
            `To ${report.context.destination} from ${report.context.shipFrom} on ${report.context.asOf}; rules as of ${report.ruleSet.id}; list ${report.listVersion?.label ?? "(none)"}`,
          );
          for (const l of report.lines)
            console.log(
              `${String(l.line).padStart(4)}  ${statusLabels[l.status].padEnd(28)} ${(l.eccn ?? "—").padEnd(9)} ${[l.manufacturer, l.mpn ?? l.description].filter(Boolean).join(" ").slice(0, 48).padEnd(48)}  ${l.citation}`,
            );
          console.log(
            `\n${Object.entries(report.summary.byStatus)
              .filter(([, n]) => n)
              .map(([s, n]) => `${n} ${statusLabels[s as keyof typeof statusLabels].toLowerCase()}`)
              .join(", ")}; outcome: ${statusLabels[report.summary.outcome]}`,
          );
        } finally {
          await disconnectDb();
        }
      },
    );
}
