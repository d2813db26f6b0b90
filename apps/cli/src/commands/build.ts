import { basename, join, relative, resolve } from "node:path";
import { EXPORT_FORMATS } from "@fieldmap/export";
import { DEFAULT_BUILD_GRAPH_OPTIONS, DEFAULT_LAYOUT_OPTIONS, type BuildGraphOptions, type PreviousMap } from "@fieldmap/graph";
import type { SkippedRecord } from "@fieldmap/corpus";
import type { Command, Io } from "../command";
import { UsageError, UserError } from "../errors";
import { EXTRACTION_OPTIONS, EXTRACTION_OPTIONS_HELP, INPUT_OPTIONS, INPUT_OPTIONS_HELP, parseColumnsOption, parseCommandArgs, parseNumberOption, parsePeriodOption, TIME_OPTIONS, TIME_OPTIONS_HELP, type NumberRange } from "../options";
import { buildDate, runPipeline, type PipelineResult } from "../pipeline";
import { buildReport, describeSkipped, formatSummary } from "../report";
import { writeChunks } from "../file-writes";
import { holdsFieldmapGraphJson, stageOutputDirectory, type StagedOutput } from "../output-dir";
import { writeMapFiles, writesFormat } from "../write-map";
import { writeAhead, type WrittenAhead } from "../written-ahead";
import { readPreviousBuild, type MapOptions } from "../previous-map";
import type { ExtractionSettings } from "../extraction/extract-papers";
import { extractionSettings } from "../extraction/settings";
import { displayPath } from "./export";

const HELP = `fieldmap build <file|dir>... [options]

Reads papers, extracts entities, builds the co-occurrence map, clusters and lays it out,
and writes graph.json, graph.gexf, report.json, merges.csv and the other export formats.

Options:
  -o, --out DIR         output directory (default: out)
${INPUT_OPTIONS_HELP}
${EXTRACTION_OPTIONS_HELP}
  --min-count N         keep entities mentioned by at least N papers (default auto: from 1 for a
                        handful of papers to 10 from about 6,000 papers)
  --max-nodes N         keep at most N entities, the most frequent (default: no limit)
  --min-edge-weight N   drop links between entities sharing fewer than N papers (default ${DEFAULT_BUILD_GRAPH_OPTIONS.minEdgeWeight})
  --resolution R        Louvain resolution of the top level; higher gives more, smaller clusters
                        (default auto: the most stable resolution that gives 6-12 clusters)
  --normalisation M     none (default: papers in common) or association: link weight used to
                        cluster and lay out
  --seed N              seed of every random step (default ${DEFAULT_BUILD_GRAPH_OPTIONS.seed})
  --iterations N        ForceAtlas2 iterations (default ${DEFAULT_BUILD_GRAPH_OPTIONS.layoutIterations})
  --title TEXT          map title (default: the input's base name)
  --keep-generic        keep generic entities (links spread evenly over all clusters) on the map
${TIME_OPTIONS_HELP}
  --papers              papers as nodes in graph.gexf, graph-1.2.gexf and graph.graphml, linked to
                        the entities they propose and mention (the bipartite paper-entity view)
  --only LIST           write only these formats, e.g. gexf,json (graph.json and report.json are always written)
  --force               write into DIR even if it is not a previous fieldmap output (other files in it are kept)
  --update              update the map already in DIR with these inputs: its nodes stay where they
                        were, new ones are laid out among their neighbours in at most ${DEFAULT_LAYOUT_OPTIONS.updateIterations}
                        iterations, clusters keep their numbers and colours, its resolution is reused;
                        for a small update (that map judged 90% of the entities) its generic entities
                        and each node's cluster are kept, and only new entities are judged.
                        Faster, and the map keeps its shape, but the result depends on that map (same
                        map + inputs: same bytes). Needs a map built with the same map options
  -h, --help            show this help

The same inputs and options give byte-identical graph.json and graph.gexf
(set SOURCE_DATE_EPOCH to pin the build date too).`;

const BUILD_OPTIONS = {
  ...INPUT_OPTIONS,
  ...EXTRACTION_OPTIONS,
  ...TIME_OPTIONS,
  out: { type: "string", short: "o" },
  "min-count": { type: "string" },
  "max-nodes": { type: "string" },
  "min-edge-weight": { type: "string" },
  resolution: { type: "string" },
  normalisation: { type: "string" },
  seed: { type: "string" },
  iterations: { type: "string" },
  title: { type: "string" },
  only: { type: "string" },
  "keep-generic": { type: "boolean" },
  papers: { type: "boolean" },
  force: { type: "boolean" },
  update: { type: "boolean" },
} as const;

/** Every name a build may write: a directory holding only these is a previous output, ours to replace. */
const BUILD_OUTPUT_NAMES = [...EXPORT_FORMATS.flatMap((format) => format.fileNames), "merges.csv", "report.json"];

/**
 * Test-only hook (FIELDMAP_TEST_PAUSE_BEFORE_SWAP=<ms>): waits with every file written but
 * not yet in place, so a test can kill the build at the moment it matters and check that
 * the previous map survived. Never set outside tests.
 */
async function testPauseBeforeSwap(io: Io): Promise<void> {
  const ms = Number(process.env.FIELDMAP_TEST_PAUSE_BEFORE_SWAP);
  if (!Number.isFinite(ms) || ms <= 0) return;
  io.stderr("fieldmap: paused before swap (FIELDMAP_TEST_PAUSE_BEFORE_SWAP)\n");
  await new Promise((done) => setTimeout(done, ms));
}

function graphOptions(values: Record<string, string | boolean | undefined>): Partial<BuildGraphOptions> {
  const num = (name: string, fallback: number, range: NumberRange) => parseNumberOption("build", name, values[name] as string | undefined, fallback, range);
  const d = DEFAULT_BUILD_GRAPH_OPTIONS;
  const normalisation = (values.normalisation as string | undefined) ?? d.normalisation;
  if (normalisation !== "association" && normalisation !== "none") {
    throw new UsageError(`build: --normalisation expects association or none, got '${normalisation}'`);
  }
  return {
    minCount: autoOr("min-count", values["min-count"] as string | undefined, { integer: true, min: 1 }),
    // 0 is the library's "no limit", which is also the default when the option is absent.
    maxNodes: num("max-nodes", d.maxNodes, { integer: true, min: 1 }),
    minEdgeWeight: num("min-edge-weight", d.minEdgeWeight, { above: 0 }),
    resolution: autoOr("resolution", values.resolution as string | undefined, { above: 0 }),
    // Any whole number seeds the RNG (it is read as 32 bits), negative ones included.
    seed: num("seed", d.seed, { integer: true }),
    layoutIterations: num("iterations", d.layoutIterations, { integer: true, min: 1, max: 100_000 }),
    normalisation,
    keepGeneric: values["keep-generic"] === true,
  };
}

/** The options that shape the map, by option name, as report.json records them for `--update`. */
function mapOptions(graph: Partial<BuildGraphOptions>): MapOptions {
  const o = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...graph };
  return {
    "min-count": o.minCount,
    "max-nodes": o.maxNodes,
    "min-edge-weight": o.minEdgeWeight,
    resolution: o.resolution,
    normalisation: o.normalisation,
    seed: o.seed,
    iterations: o.layoutIterations,
    "keep-generic": o.keepGeneric,
  };
}

/** --resolution and --min-count: "auto" (the default) or a number in `range`. */
function autoOr(name: string, value: string | undefined, range: NumberRange): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  try {
    return parseNumberOption("build", name, value, 1, range);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message.replace(" expects ", " expects auto or "));
    throw error;
  }
}

/** The default title: the first input's base name without extension, never a full path. */
export function defaultTitle(paths: readonly string[]): string {
  const names = paths.map((path) => basename(path.replace(/[\\/]+$/, "")).replace(/\.[^.]+$/, "") || path);
  return names.length > 2 ? `${names[0]} and ${names.length - 1} more` : names.join(", ");
}

/**
 * A map with no node is of no use (blank drawings, a viewer that says so): stop before writing
 * anything, say why the map is empty and what to change.
 */
function assertMapHasNodes(result: PipelineResult): void {
  if (result.graph.graph.order > 0) return;
  const papers = result.input.papers.length;
  const entities = result.entities.length;
  const titleOnly = result.input.titleOnly > 0 ? ` (${result.input.titleOnly} of them title-only)` : "";
  // No report is written, so the records the reading skipped are told here: they may be the papers that were missing.
  const skipped = skippedNote(result.input.skipped);
  if (entities === 0) {
    throw new UserError(
      `build: no entity found in the ${papers} papers' titles and abstracts${titleOnly}, so the map is empty${skipped}; ` +
        "give papers with abstracts (check --format and --columns), or more papers; nothing written",
    );
  }
  const minCount = result.graph.minCount;
  const fix = minCount > 1 ? `try --min-count 1 (it was ${minCount})` : "try --keep-generic, or a lower --min-edge-weight, or more papers";
  throw new UserError(`build: none of the ${entities} entities found in ${papers} papers made it onto the map${skipped}; ${fix}; nothing written`);
}

/** "; 3 records skipped, the first papers.jsonl line 2: invalid JSON (...)", or nothing. */
function skippedNote(skipped: readonly SkippedRecord[]): string {
  const first = skipped[0];
  if (!first) return "";
  return `; ${skipped.length === 1 ? "1 record" : `${skipped.length} records`} skipped, the first ${describeSkipped(first)}`;
}

async function runBuild(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("build", argv, BUILD_OPTIONS);
  if (positionals.length === 0) throw new UsageError("build: give at least one file or directory (see fieldmap build --help)");
  const outDir = resolve(io.cwd, values.out ?? "out");
  const options = graphOptions(values);
  const extraction = extractionSettings("build", values, outDir, io);
  const shownAs = displayPath(io.cwd, outDir);
  // Refused before the output directory is touched or anything is read.
  const previous = values.update === true ? (await readPreviousBuild(outDir, shownAs, mapOptions(options))).map : undefined;
  // The output directory is checked (and its staging directory made) before minutes of reading.
  const staged = await stageOutputDirectory(outDir, {
    outputNames: BUILD_OUTPUT_NAMES,
    carried: ["slides"],
    isOwnOutput: holdsFieldmapGraphJson,
    force: values.force === true,
    shownAs,
  });
  try {
    await buildInto(staged, positionals, values, options, io, extraction, previous);
  } finally {
    await staged.discard();
  }
  return 0;
}

async function buildInto(
  staged: StagedOutput,
  positionals: string[],
  values: { format?: string; period?: string; columns?: string; thesaurus?: string; title?: string; only?: string; out?: string; papers?: boolean },
  graph: Partial<BuildGraphOptions>,
  io: Io,
  extraction: ExtractionSettings,
  previous?: PreviousMap,
): Promise<void> {
  const started = performance.now();
  const only = values.only?.split(",").map((s) => s.trim());
  let ahead: WrittenAhead = {};
  const result = await runPipeline(positionals, {
    cwd: io.cwd,
    format: values.format,
    columns: parseColumnsOption(values.columns),
    thesaurus: values.thesaurus,
    period: parsePeriodOption("build", values.period),
    graph,
    title: values.title ?? defaultTitle(positionals),
    created: buildDate(),
    progress: (line) => io.stderr(`${line}\n`),
    extraction,
    ...(previous ? { previous } : {}),
    // graph.json's papers and relations and graph.gexf's edges, written while the time analysis runs on its own thread.
    whileTrends: async (document) => {
      const gexf = writesFormat(only, "gexf") ? { papers: values.papers === true } : undefined;
      if (document.graph.nodes.length > 0) ahead = await writeAhead(document, staged.dir, gexf);
    },
  });
  assertMapHasNodes(result);
  const writeStart = performance.now();
  const written = await writeMapFiles(staged.dir, result, only, { papers: values.papers === true, ahead });
  for (const note of written.notes) io.stderr(`${note}\n`);
  // Writing is what was written beside the time analysis plus the rest after it.
  result.timings.write = Math.round(performance.now() - writeStart) + (result.timings["write.ahead"] ?? 0);
  // graph.json and graph.gexf are most of it on a big map: their own times, as the summary's other steps.
  for (const id of ["json", "gexf"]) if (written.timings[id] !== undefined) result.timings[`write.${id}`] = written.timings[id];
  result.timings.total = Math.round(performance.now() - started);
  const report = buildReport(result, mapOptions(graph));
  await writeChunks(join(staged.dir, "report.json"), [`${JSON.stringify(report, null, 2)}\n`], "report.json");
  await testPauseBeforeSwap(io);
  await staged.commit();
  const outDir = resolve(io.cwd, values.out ?? "out");
  io.stdout(formatSummary(report, [...written.files, "report.json"], relative(io.cwd, outDir) || "."));
}

export const buildCommand: Command = {
  name: "build",
  summary: "build the map (graph.json, graph.gexf, report.json, exports) from papers",
  help: HELP,
  run: runBuild,
};
