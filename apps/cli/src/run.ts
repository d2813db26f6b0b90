import { CorpusError } from "@fieldmap/corpus";
import { COMMANDS } from "./commands";
import type { Io } from "./command";
import { UserError } from "./errors";
import { nearestOption } from "./options";

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "fieldmap: turn research-paper abstracts into a map of the field",
    "",
    "Usage: fieldmap <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `fieldmap <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Runs one CLI invocation; maps user errors to one-line messages and exit codes. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const near = nearestOption(name, COMMANDS.map((c) => c.name));
    io.stderr(`fieldmap: unknown command '${name}'${near ? `; did you mean ${near}?` : ""} (try: fieldmap --help)\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.help.endsWith("\n") ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`fieldmap: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CorpusError) {
      io.stderr(`fieldmap: cannot read ${error.message}\n`);
      return 1;
    }
    // A bug, not a user error: keep the stack so it can be reported.
    throw error;
  }
}
