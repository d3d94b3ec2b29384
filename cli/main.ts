import { Command, CommanderError } from "commander";
import { expectedFailureMessage } from "@/lib/errors";
import { registerCommands } from "./commands";

const program = new Command()
  .name("chokepoint")
  .description(
    "Chokepoint: export-control supply-chain risk from the command line.\nReads DATABASE_URL like the web app (default: the embedded SQLite file .data/chokepoint.db).",
  )
  .showHelpAfterError()
  .exitOverride();
registerCommands(program);

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
