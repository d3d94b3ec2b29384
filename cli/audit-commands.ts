import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { verifyAuditChain } from "@/lib/data/audit";

export function registerAuditCommands(program: Command): void {
  const audit = program.command("audit").description("the append-only audit log");
  audit
    .command("verify")
    .description("check the audit log's hash chain; exits 1 if any entry was edited, removed or reordered")
    .action(async () => {
      try {
        const { entries, problems } = await verifyAuditChain();
        if (!problems.length) {
          console.log(`audit log intact: ${entries} entries, hash chain verified`);
          return;
        }
        console.log(`audit log TAMPERED: ${problems.length} problem(s) in ${entries} entries`);
        for (const p of problems) console.log(`  entry ${p.seq}: ${p.problem}`);
        process.exitCode = 1;
      } finally {
        await disconnectDb();
      }
    });
}
