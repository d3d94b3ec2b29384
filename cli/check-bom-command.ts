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
    .option("--ultimate-parent <name>", "the buyer's ultimate parent company (for the headquarters test)")
    .option("--ultimate-parent-hq <ISO2>", "where the ultimate parent is headquartered")
    .option(
      "--owner <name=percent>",
      'an owner of the buyer and its share, e.g. "Megvii Technology Limited=60" (repeatable; beside the stored ownership)',
      (v: string, all: string[] = []) => [...all, v],
    )
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
          ultimateParent?: string;
          ultimateParentHq?: string;
          owner?: string[];
          date?: string;
          save?: boolean;
          json?: boolean;
        },
      ) => {
        const abs = path.resolve(invocationDir(), file);
        if (!fs.existsSync(abs)) throw new AppError("INVALID_INPUT", `${file}: no such file`);
        if (opts.ultimateParentHq && !opts.ultimateParent)
          throw new AppError("INVALID_INPUT", "--ultimate-parent-hq needs --ultimate-parent <name>");
        const req = {
          buyer: {
            name: opts.buyer,
            hqCountry: opts.buyerHq ?? null,
            owners: (opts.owner ?? []).map(ownerOption),
            ultimateParent: opts.ultimateParent
              ? { name: opts.ultimateParent, country: countryOption(opts.ultimateParentHq) }
              : null,
          },
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
          for (const l of report.lines) {
            console.log(
              `${String(l.line).padStart(4)}  ${statusLabels[l.status].padEnd(28)} ${(l.eccn ?? "—").padEnd(9)} ${[l.manufacturer, l.mpn ?? l.description].filter(Boolean).join(" ").slice(0, 48).padEnd(48)}  ${l.citation}`,
            );
            // never an authorisation: the status above stands until one is relied on and its conditions checked
            if (l.exceptions.length) {
              console.log(`        Licence exceptions that may apply, if …`);
              for (const e of l.exceptions) console.log(`          ${e.symbol} (${e.citation}): if ${e.conditions}`);
            }
          }
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

/** "Name=60" or "Name=60%": the name may itself contain "=", the percent is after the last one. */
export function ownerOption(v: string): { name: string; percent: number } {
  const at = v.lastIndexOf("=");
  const name = at > 0 ? v.slice(0, at).trim() : "";
  const pct =
    at > 0
      ? v
          .slice(at + 1)
          .trim()
          .replace(/%$/, "")
      : "";
  const percent = Number(pct);
  if (!name || !/^\d+(\.\d+)?$/.test(pct) || percent <= 0 || percent > 100)
    throw new AppError(
      "INVALID_INPUT",
      `--owner "${v}": expected "<name>=<percent>", a percent above 0 and at most 100`,
    );
  return { name, percent };
}

function countryOption(v: string | undefined): string | null {
  if (!v) return null;
  const c = v.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c))
    throw new AppError("INVALID_INPUT", `--ultimate-parent-hq "${v}": expected an ISO alpha-2 code such as CN`);
  return c;
}
