import type { Command } from "../command";
import { UsageError } from "../errors";
import { describeInputs, readInputs } from "../inputs";
import { INPUT_OPTIONS, INPUT_OPTIONS_HELP, parseColumnsOption, parseCommandArgs } from "../options";
import { loadThesaurus } from "../pipeline";
import { formatSkipped } from "../report";

const HELP = `fieldmap extract: print the entities each paper mentions, one JSON line per paper

Usage: fieldmap extract <inputs>... [options]

Each line: {"id", "title", "entities": [{"name", "type", "mentions", "proposed"}],
"relations": [{"head", "relation", "tail", "evidence"}]}; names are normalised over all inputs
together, "mentions" are the surface forms as written; a relation's head and tail are names of
the line's entities, its evidence the sentence that states it with both sides' offsets in it.

Options:
${INPUT_OPTIONS_HELP}
`;

export const extractCommand: Command = {
  name: "extract",
  summary: "print the entities each paper mentions (JSONL)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("extract", argv, INPUT_OPTIONS);
    if (positionals.length === 0) throw new UsageError("extract: no inputs given (usage: fieldmap extract <inputs>...)");
    const thesaurus = await loadThesaurus(values.thesaurus, io.cwd);
    const input = await readInputs(positionals, {
      cwd: io.cwd,
      format: values.format,
      columns: parseColumnsOption(values.columns),
    });
    // stdout carries the JSONL; what was read and skipped goes to stderr so nothing is lost silently.
    io.stderr(`${[describeInputs(input), ...formatSkipped(input.skipped)].join("\n")}\n`);
    const { extractLines } = await import("../extract-lines");
    const lines = extractLines(input.papers, thesaurus ? { thesaurus } : {});
    io.stdout(lines.length === 0 ? "" : `${lines.join("\n")}\n`);
    return 0;
  },
};
