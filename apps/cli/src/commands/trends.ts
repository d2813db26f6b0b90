import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { analyseTrends } from "@fieldmap/trends";
import type { Command, Io } from "../command";
import { UsageError, UserError } from "../errors";
import { parseCommandArgs, parseNumberOption, parsePeriodOption, TIME_OPTIONS, TIME_OPTIONS_HELP } from "../options";
import { formatTrends, trendsCsv } from "../trends-table";
import { displayPath, readMapDocument } from "./export";

const HELP = `fieldmap trends <graph.json> [options]

Prints the entities of a built map that are emerging (a Kleinberg burst of their share of the
period's papers still running in the last period) and fading (their last burst is over and their
share has fallen), strongest first, and the entity pairs first mentioned together recently.

Options:
${TIME_OPTIONS_HELP.replace("(default auto:", "(default: the build's,\n                        else auto:")}
  --limit N             rows per table (default 20)
  --csv FILE            also write every emerging and fading entity to FILE as CSV
  -h, --help            show this help

Example:
  fieldmap trends out/graph.json --csv trends.csv`;

const TRENDS_OPTIONS = {
  ...TIME_OPTIONS,
  limit: { type: "string" },
  csv: { type: "string" },
} as const;

async function runTrends(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("trends", argv, TRENDS_OPTIONS);
  if (positionals.length !== 1) throw new UsageError("trends: give one graph.json (see fieldmap trends --help)");
  const limit = parseNumberOption("trends", "limit", values.limit, 20, { integer: true, min: 1 });
  const asked = values.period !== undefined ? parsePeriodOption("trends", values.period) : undefined;
  const path = resolve(io.cwd, positionals[0]!);
  const document = await readMapDocument(path, displayPath(io.cwd, path));
  // The build's own period unless overridden, so the tables match its report.json.
  const period = asked ?? document.fieldmap.time?.period ?? "auto";
  const seed = document.fieldmap.options?.seed;
  const result = analyseTrends(document, { period, flow: false, ...(typeof seed === "number" ? { seed } : {}) });
  if (!result) throw new UserError(`trends: no paper in ${displayPath(io.cwd, path)} has a date, so there is nothing to follow over time`);
  io.stdout(formatTrends(result, limit));
  if (values.csv !== undefined) {
    const csvPath = resolve(io.cwd, values.csv);
    try {
      await writeFile(csvPath, trendsCsv(result));
    } catch (error) {
      throw new UserError(`cannot write ${displayPath(io.cwd, csvPath)}: ${(error as NodeJS.ErrnoException).code ?? "write failed"}`);
    }
    io.stderr(`wrote ${displayPath(io.cwd, csvPath)}\n`);
  }
  return 0;
}

export const trendsCommand: Command = {
  name: "trends",
  summary: "list the emerging and fading entities of a built map (graph.json)",
  help: HELP,
  run: runTrends,
};
