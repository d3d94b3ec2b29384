import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listRegulationVersions } from "@/lib/data/regulations";
import { ecfrBaseUrl, updateRegulations, type RegsUpdateResult } from "@/lib/operations/update-regulations";
import { decideRegulationVersion } from "@/lib/operations/update-regulations-decide";
import { cliActor } from "./actor";

function printResult(r: RegsUpdateResult): void {
  const c = r.counts;
  const tables = `${c.chartRows} Country Chart rows, ${c.cclEntries} ECCNs, ${c.licenceExceptions} licence exceptions, ${c.countryGroups} Country Groups`;
  if (r.status === "unchanged") {
    console.log(`regulation version ${r.id}: unchanged (already stored with the same tables: ${tables})`);
    return;
  }
  console.log(`regulation version ${r.id}: ${r.status} (${tables})`);
  if (r.comparedWith === null) console.log("no earlier version stored: nothing to compare with");
  else if (r.changes.length === 0) console.log(`no change against ${r.comparedWith}`);
  else {
    console.log(`changes against ${r.comparedWith} (${r.changes.length}):`);
    for (const line of r.changes) console.log(`  ${line}`);
  }
  for (const p of r.problems) console.log(`quarantine: ${p}`);
  if (r.status === "quarantined")
    console.log(
      `not in force until approved: npx chokepoint regs approve ${r.id} --reason "..." (or regs reject ${r.id})`,
    );
}

export function registerRegsCommands(program: Command): void {
  const regs = program.command("regs").description("regulation versions: the EAR's tables loaded from the eCFR");
  regs
    .command("update")
    .description(
      "fetch parts 738, 740 and 774 of 15 CFR from the eCFR versioner API as on a date, diff them against the version before, store them (quarantined on a structural change)",
    )
    .option("--date <YYYY-MM-DD>", "the eCFR date (default: today, UTC)")
    .option("--url <base>", "the versioner's base URL (default: CHOKEPOINT_ECFR_URL, else https://www.ecfr.gov)")
    .option("--json", "print one JSON object: status, id, counts, changes, problems")
    .action(async (opts: { date?: string; url?: string; json?: boolean }) => {
      try {
        const date = opts.date ?? new Date().toISOString().slice(0, 10);
        const r = await updateRegulations({
          date,
          baseUrl: ecfrBaseUrl(opts.url),
          actor: cliActor,
          onProgress: (p) =>
            process.stderr.write(
              `regs update: part ${p.part}: ${p.phase}${p.phase === "fetching" ? ` ${p.url}` : ""}${p.bytes !== undefined ? ` (${p.bytes} bytes)` : ""}\n`,
            ),
        });
        if (opts.json) console.log(JSON.stringify(r));
        else printResult(r);
        if (r.status === "quarantined") process.exitCode = 2;
      } finally {
        await disconnectDb();
      }
    });
  regs
    .command("list")
    .description("stored regulation versions, newest eCFR date first")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      try {
        const rows = await listRegulationVersions();
        if (opts.json) return void console.log(JSON.stringify(rows));
        if (rows.length === 0) console.log("no regulation version stored: checks use the shipped baseline");
        for (const v of rows)
          console.log(
            `${v.id}  ${v.status.padEnd(11)}  ${v.chartRows} chart rows, ${v.cclEntries} ECCNs  ${v.sourceUrl}${v.decidedByEmail ? `  decided by ${v.decidedByEmail}` : ""}`,
          );
      } finally {
        await disconnectDb();
      }
    });
  for (const decision of ["approve", "reject"] as const)
    regs
      .command(`${decision} <id>`)
      .description(
        decision === "approve"
          ? "put a quarantined regulation version in force (audited; needs --reason)"
          : "set a quarantined regulation version aside (audited)",
      )
      .option("--reason <text>", "why (required to approve)")
      .action(async (id: string, opts: { reason?: string }) => {
        try {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(id))
            throw new AppError(
              "INVALID_INPUT",
              `"${id}" is not a regulation version id: give its eCFR date, YYYY-MM-DD`,
            );
          const r = await decideRegulationVersion(id, decision, { ...cliActor, role: "cli" }, opts.reason);
          console.log(`regulation version ${r.id}: ${r.before} -> ${r.after}`);
        } finally {
          await disconnectDb();
        }
      });
}
