import { parseArgs, type ParseArgsConfig } from "node:util";
import { CORPUS_FORMATS } from "@fieldmap/corpus";
import type { PeriodUnit } from "@fieldmap/trends";
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

/** How extraction runs (build): worker threads and the incremental store. */
export const EXTRACTION_OPTIONS = {
  workers: { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  redis: { type: "string" },
} as const satisfies Options;

export const EXTRACTION_OPTIONS_HELP = [
  "  --workers N           extraction threads (default: one per core; corpora under 2,000 papers",
  "                        are extracted in this thread unless N is given); output is the same for any N",
  "  --cache DIR           store of per-paper extraction results, so a rebuild extracts only new or",
  "                        changed papers (default: .<out>.fieldmap-cache beside the output directory)",
  "  --no-cache            extract every paper, read and write no store",
  "  --redis URL           extract on \`fieldmap worker\` processes through this Redis (BullMQ) instead of",
  "                        here; results are merged in paper order, so the map is the same",
].join("\n");

/** The time unit of the trend analysis (build, trends). */
export const TIME_OPTIONS = {
  period: { type: "string" },
} as const satisfies Options;

export const TIME_OPTIONS_HELP = [
  "  --period P            month, quarter or year: the time unit of trends (default auto: months",
  "                        when the papers span under about three years, years above)",
].join("\n");

const PERIODS = ["auto", "month", "quarter", "year"] as const;

export function parsePeriodOption(command: string, value: string | undefined): PeriodUnit | "auto" {
  if (value === undefined) return "auto";
  const period = PERIODS.find((p) => p === value);
  if (!period) throw new UsageError(`${command}: --period expects month, quarter, year or auto, got '${value}'`);
  return period;
}

/** parseArgs with strict checking, turning its errors into one-line usage errors. */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${argumentProblem(error, options)} (see fieldmap ${command} --help)`);
  }
}

/**
 * parseArgs reads `--seed -3` as two options ("argument is ambiguous"); a negative number
 * after an option that takes a value is that option's value, so it is joined as `--seed=-3`
 * and the option's own range check can accept or reject it.
 */
function joinNegativeValues(argv: string[], options: Options): string[] {
  const takesValue = (token: string) => {
    const long = token.startsWith("--") ? token.slice(2) : undefined;
    const entry = Object.entries(options).find(([name, o]) => name === long || (token.length === 2 && o.short === token.slice(1)));
    return entry?.[1].type === "string" ? entry[0] : undefined;
  };
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? "";
    if (token === "--") return [...joined, ...argv.slice(i)];
    const name = takesValue(token);
    const next = argv[i + 1];
    if (name !== undefined && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      joined.push(`--${name}=${next}`);
      i++;
    } else {
      joined.push(token);
    }
  }
  return joined;
}

/** One line, in our words, for each of parseArgs's errors. */
function argumentProblem(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const token = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
  const flag = token.startsWith("--") ? token : `-${token.replace(/^-/, "")}`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const known = nearestOption(token.replace(/^-+/, "").split("=")[0] ?? "", Object.keys(options));
    return `unknown option ${token}${known ? `; did you mean --${known}?` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const long = /, (--[\w-]+)/.exec(message)?.[1] ?? /'(--[\w-]+)/.exec(message)?.[1] ?? flag;
    if (message.includes("does not take an argument")) return `${long} takes no value`;
    return `${long} needs a value`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${token}`;
  return (message.split("\n")[0] ?? message).replace(/\.$/, "");
}

/** The known option closest to a mistyped one (edit distance at most a third of its length, min 2). */
export function nearestOption(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Levenshtein distance, with a swap of two neighbours counting as one edit (Damerau). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      rows[i]![j] = d;
    }
  }
  return at(a.length, b.length);
}

/** The range a numeric option accepts. */
export interface NumberRange {
  /** Whole numbers only. */
  integer?: boolean;
  /** Smallest value allowed (inclusive). */
  min?: number;
  /** Values must be strictly above this. */
  above?: number;
  max?: number;
}

export function parseNumberOption(command: string, name: string, value: string | undefined, fallback: number, range: NumberRange = {}): number {
  if (value === undefined) return fallback;
  const number = value.trim() === "" ? NaN : Number(value);
  const ok =
    Number.isFinite(number) &&
    (!range.integer || Number.isInteger(number)) &&
    (range.min === undefined || number >= range.min) &&
    (range.above === undefined || number > range.above) &&
    (range.max === undefined || number <= range.max);
  if (!ok) throw new UsageError(`${command}: --${name} expects ${describeRange(range)}, got '${value}'`);
  return number;
}

function describeRange(range: NumberRange): string {
  const kind = range.integer ? "a whole number" : "a number";
  if (range.min !== undefined && range.max !== undefined) return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== undefined) return `${kind} of at least ${range.min}`;
  if (range.above !== undefined) return `${kind} above ${range.above}`;
  return kind;
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
