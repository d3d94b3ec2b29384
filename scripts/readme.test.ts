import fs from "node:fs";
import { registerCommands } from "@/cli/commands";
import { Command } from "commander";
import { describe, expect, it } from "vitest";

// The README's commands work on a fresh clone: every `npx chokepoint` command, subcommand and option it shows
// exists, every file it names is in the repository, and every `npm run` script is in package.json.
const readme = fs.readFileSync("README.md", "utf8");
const scripts = Object.keys(JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>);

/** The commands as the README shows them: lines of its bash blocks (continuations joined) and inline code. */
function shownCommands(text: string): string[] {
  const blocks = [...text.matchAll(/```bash\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.replace(/\\\n\s*/g, " ").split("\n"),
  );
  const inline = [...text.replace(/```[\s\S]*?```/g, "").matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...blocks, ...inline]
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter((line) => /^(npx chokepoint|npm) /.test(line));
}
/** Words as a shell splits them (double quotes kept together), optional [groups] unwrapped. */
const words = (line: string) =>
  (line.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^\[+|\]+$/g, "")).filter((w) => w !== "|" && w !== "");
const isPlaceholder = (w: string) => /^<.*>$/.test(w) || w.startsWith('"') || /^https?:/.test(w);
const looksLikePath = (w: string) => !isPlaceholder(w) && !w.startsWith("-") && /\/|\.(csv|json|xlsx|tsv)$/.test(w);

function cli(): Command {
  return registerCommands(new Command().name("chokepoint"));
}

/** What is wrong with one shown `npx chokepoint` command line, if anything. */
function cliProblems(program: Command, line: string): string[] {
  const [, , ...args] = words(line);
  let command = program;
  const problems: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("-")) break;
    if (!command.commands.length) break;
    const sub = command.commands.find((c) => c.name() === arg);
    if (!sub) return [`${line}: no command "${arg}" under "${command.name()}"`];
    command = sub;
  }
  if (command === program && args[0] !== "--help") problems.push(`${line}: names no command`);
  const flags = new Set(["--help", ...command.options.map((o) => o.long)]);
  for (const arg of args.filter((a) => a.startsWith("--")))
    if (!flags.has(arg.split("=")[0])) problems.push(`${line}: "${command.name()}" has no option ${arg}`);
  for (const arg of args.filter(looksLikePath))
    if (!fs.existsSync(arg)) problems.push(`${line}: ${arg} is not in the repository`);
  return problems;
}

function npmProblems(line: string): string[] {
  const [, verb, name] = words(line);
  if (verb === "run") return scripts.includes(name!) ? [] : [`${line}: package.json has no script "${name}"`];
  return ["install", "ci", "test", "start"].includes(verb!) ? [] : [`${line}: not an npm command the README means`];
}

describe("the README's commands", () => {
  const shown = shownCommands(readme);

  it("are found (the extraction reads the CLI section and the scripts table)", () => {
    expect(shown).toContain("npx chokepoint audit verify");
    expect(shown).toContain("npm run lint:layers");
    expect(shown.filter((l) => l.startsWith("npx chokepoint")).length).toBeGreaterThan(20);
  });

  it("name commands, options, scripts and files that exist", () => {
    const program = cli();
    const problems = shown.flatMap((line) =>
      line.startsWith("npx chokepoint") ? cliProblems(program, line) : npmProblems(line),
    );
    expect(problems).toEqual([]);
  });

  it("would be caught naming a file outside the repository, a missing subcommand, option or script", () => {
    const program = cli();
    expect(cliProblems(program, "npx chokepoint import list ../shared/reference/csl/x.csv")).toEqual([
      "npx chokepoint import list ../shared/reference/csl/x.csv: ../shared/reference/csl/x.csv is not in the repository",
    ]);
    expect(cliProblems(program, "npx chokepoint lists frobnicate")).toHaveLength(1);
    expect(cliProblems(program, "npx chokepoint audit verify --fast")).toHaveLength(1);
    expect(npmProblems("npm run no-such-script")).toHaveLength(1);
  });
});
