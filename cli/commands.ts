// Every command of the CLI, registered in the order `--help` lists them: main.ts runs them, and the README test
// checks the README's commands against the same program.
import type { Command } from "commander";
import { registerDbCommands } from "./db-commands";
import { registerImportCommands } from "./import-commands";
import { registerListsUpdateCommand } from "./lists-update-command";
import { registerAuditCommands } from "./audit-commands";
import { registerScreenCommand } from "./screen-command";
import { registerCheckBomCommand } from "./check-bom-command";
import { registerReplayCommand } from "./replay-command";
import { registerScenarioCommand } from "./scenario-command";
import { registerKeysCommands } from "./keys-commands";
import { registerRegsCommands } from "./regs-command";

export function registerCommands(program: Command): Command {
  for (const register of [
    registerDbCommands,
    registerImportCommands,
    registerListsUpdateCommand,
    registerAuditCommands,
    registerScreenCommand,
    registerCheckBomCommand,
    registerReplayCommand,
    registerScenarioCommand,
    registerKeysCommands,
    registerRegsCommands,
  ])
    register(program);
  return program;
}
