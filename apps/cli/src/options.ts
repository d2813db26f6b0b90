import { parseArgs, type ParseArgsConfig } from "node:util";
import { CORPUS_FORMATS } from "@fieldmap/corpus";
import { UsageError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command that reads papers accepts (build, extract). */
export const INPUT_OPTIONS = {
  format: { type: "string" },
  columns: { type: "string" },
  thesaurus: { type: "string" },
} as const satisfies Options;

export const INPUT_OPTIONS_HELP = [
  "  --format F            read every input as F instead of detecting it from name and content:",
  `                        ${CORPUS_FORMATS.join(", ")}`,
  "                        (OpenAlex, Semantic Scholar and Hugging Face API files are json or jsonl)",
  "  --columns MAP         CSV/TSV column names, e.g. title=Title,abstract=Abstract",
  "  --thesaurus FILE      CSV of `from,to` rows applied to entity names; an empty `to` drops the term",
].join("\n");

/** parseArgs with strict checking, turning its errors into one-line usage errors. */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${command}: ${message} (see fieldmap ${command} --help)`);
  }
}

export function parseNumberOption(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new UsageError(`${command}: --${name} expects a number, got '${value}'`);
  return number;
}

/** `title=Title,abstract=Abstract` -> { title: "Title", abstract: "Abstract" }. */
export function parseColumnsOption(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const columns: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const [field, column] = pair.split("=").map((s) => s.trim());
    if (!field || !column) throw new UsageError(`--columns expects field=Column pairs, got '${pair}'`);
    columns[field] = column;
  }
  return columns;
}
