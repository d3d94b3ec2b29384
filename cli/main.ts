import { Command, CommanderError } from "commander";
import { expectedFailureMessage } from "@/lib/errors";
import { registerDbCommands } from "./db-commands";
import { registerImportCommands } from "./import-commands";
import { registerListsUpdateCommand } from "./lists-update-command";
import { registerAuditCommands } from "./audit-commands";
import { registerScreenCommand } from "./screen-command";
import { registerCheckBomCommand } from "./check-bom-command";
import { registerScenarioCommand } from "./scenario-command";
import { registerKeysCommands } from "./keys-commands";
import { registerRegsCommands } from "./regs-command";
import { registerReplayCommand } from "./replay-command";

const program = new Command()
  .name("chokepoint")
  .description(
    "Chokepoint: export-control supply-chain risk from the command line.\nReads DATABASE_URL like the web app (default: the embedded SQLite file .data/chokepoint.db).",
  )
  .showHelpAfterError()
  .exitOverride();

registerDbCommands(program);
registerImportCommands(program);
registerListsUpdateCommand(program);
registerAuditCommands(program);
registerScreenCommand(program);
registerCheckBomCommand(program);
registerReplayCommand(program);
registerScenarioCommand(program);
registerKeysCommands(program);
registerRegsCommands(program);

try {
  await program.parseAsync(process.argv);
  process.exit(process.exitCode ?? 0);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  // Expected failures are one line (one JSON object with --json); a bug keeps its stack.
  // With --json the object goes to standard output for the program reading it, the line to standard error.
  const message = expectedFailureMessage(e);
  if (message === null) console.error(e);
  else {
    if (process.argv.includes("--json")) console.log(JSON.stringify({ status: "failed", message }));
    console.error(`chokepoint: ${message}`);
  }
  process.exit(1);
}
