import { Command, CommanderError } from "commander";
import { isAppError } from "@/lib/errors";
import { registerDbCommands } from "./db-commands";
import { registerImportCommands } from "./import-commands";
import { registerListsUpdateCommand } from "./lists-update-command";
import { registerAuditCommands } from "./audit-commands";
import { registerScreenCommand } from "./screen-command";
import { registerCheckBomCommand } from "./check-bom-command";
import { registerScenarioCommand } from "./scenario-command";

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
registerScenarioCommand(program);

try {
  await program.parseAsync(process.argv);
  process.exit(process.exitCode ?? 0);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  // Expected failures are one line; a bug keeps its stack.
  if (isAppError(e)) console.error(`chokepoint: ${e.message}`);
  else console.error(e);
  process.exit(1);
}
