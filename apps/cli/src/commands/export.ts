import { existsSync } from "node:fs";
import { mkdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EXPORT_FORMATS, exportStreams, findExportFormat, type ExportContext, type ExportStream, type Theme } from "@fieldmap/export";
import type { MapDocument } from "@fieldmap/graph";
import type { Command, Io } from "../command";
import { UsageError, UserError } from "../errors";
import { fileStep, writeFileAtomically } from "../file-writes";
import { parseCommandArgs } from "../options";
import { fileAncestor } from "../output-dir";
import { readJsonFile, JsonSyntaxError, type ReadJsonOptions } from "../read-json";
import { relationsProblem } from "../relations-check";

/** The single-file viewer build (apps/viewer: `pnpm --filter @fieldmap/viewer build`). */
export const VIEWER_HTML = fileURLToPath(new URL("../../../viewer/dist/index.html", import.meta.url));

/**
 * resvg draws no text without a font. Debian's fonts-dejavu-core installs DejaVu Sans here;
 * we pass it explicitly when present and let resvg scan the system fonts otherwise.
 */
export const DEBIAN_FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

const FORMAT_LINES = EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(10)} ${f.fileNames.join(", ").padEnd(24)} ${f.description}`);

const HELP = `fieldmap export <graph.json> --format F [options]

Writes the map built by \`fieldmap build\` (graph.json) in another format.

Formats (default file names in the middle column):
${FORMAT_LINES.join("\n")}

Options:
  -f, --format F      one of ${EXPORT_FORMATS.map((f) => f.id).join(", ")} (default gexf)
  -o, --out FILE      file to write; for csv, FILE.nodes.csv and FILE.edges.csv (or a directory).
                      Without -o, text formats go to stdout and png/csv to their default names
  --width N           svg/png width in pixels (default 1920; 3840 for 4K)
  --height N          svg/png height in pixels (default 1080; 2160 for 4K)
  --theme T           svg/png background: light (default) or dark
  --title TEXT        svg/png title (default: the map's title)
  --max-links N       svg/png: draw the N strongest links (default 1000, as VOSviewer; 0 = all)
  --viewer FILE       html: the built viewer (default apps/viewer/dist/index.html)
  --papers            gexf, gexf12, graphml: papers as nodes linked to the entities they propose and mention
  -h, --help          show this help

Examples:
  fieldmap export out/graph.json --format png --theme dark -o slide.png
  fieldmap export out/graph.json --format html -o map.html`;

const EXPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  width: { type: "string" },
  height: { type: "string" },
  theme: { type: "string" },
  title: { type: "string" },
  "max-links": { type: "string" },
  viewer: { type: "string" },
  papers: { type: "boolean" },
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const NODE_NUMBERS = ["count", "community", "size", "x", "y"] as const;
const NODE_STRINGS = ["label", "type", "community_label", "color"] as const;
// The second cluster level is checked when present: maps built before it still export.
const OPTIONAL_TYPES = {
  subcommunity: "number",
  subcommunity_label: "string",
  family: "string",
  first_year: "number",
  last_year: "number",
  proposed: "boolean",
} as const;

function nodeProblem(node: unknown, index: number): string | undefined {
  if (!isObject(node) || typeof node.key !== "string" || !isObject(node.attributes)) return `graph.nodes[${index}] has no key or attributes`;
  const attributes = node.attributes;
  const where = `graph.nodes[${index}] (${JSON.stringify(node.key).slice(0, 40)})`;
  const notNumber = NODE_NUMBERS.find((name) => typeof attributes[name] !== "number");
  if (notNumber) return `${where}: '${notNumber}' is not a number`;
  const notString = NODE_STRINGS.find((name) => typeof attributes[name] !== "string");
  if (notString) return `${where}: '${notString}' is not a string`;
  const badOptional = Object.entries(OPTIONAL_TYPES).find(([name, type]) => attributes[name] !== undefined && typeof attributes[name] !== type);
  if (badOptional) return `${where}: '${badOptional[0]}' is not a ${badOptional[1]}`;
  if (attributes.aliases !== undefined && !(Array.isArray(attributes.aliases) && attributes.aliases.every((a) => typeof a === "string"))) {
    return `${where}: 'aliases' is not a list of strings`;
  }
  return undefined;
}

function edgeProblem(edge: unknown, index: number, keys: Set<string>): string | undefined {
  if (!isObject(edge) || !isObject(edge.attributes)) return `graph.edges[${index}] has no attributes`;
  if (typeof edge.source !== "string" || !keys.has(edge.source)) return `graph.edges[${index}]: unknown source node`;
  if (typeof edge.target !== "string" || !keys.has(edge.target)) return `graph.edges[${index}]: unknown target node`;
  if (typeof edge.attributes.weight !== "number") return `graph.edges[${index}]: 'weight' is not a number`;
  return undefined;
}

function isClusterInfo(value: unknown): boolean {
  return isObject(value) && typeof value.id === "number" && typeof value.label === "string" && typeof value.size === "number";
}

/**
 * Maps built before the two-level hierarchy have no sub-clusters: they read as communities
 * with none (their names, which need a position, are then simply not drawn).
 */
function withSubcommunities(doc: MapDocument): MapDocument {
  for (const community of doc.fieldmap.communities) community.subcommunities ??= [];
  return doc;
}

/** Why `value` is not a MapDocument the exporters can draw, or undefined when it is one. */
export function mapDocumentProblem(value: unknown): string | undefined {
  if (!isObject(value)) return "expected a JSON object";
  const meta = value.fieldmap;
  if (!isObject(meta)) return "no 'fieldmap' section (is this a graph.json from fieldmap build?)";
  if (typeof meta.title !== "string" || typeof meta.created !== "string") return "'fieldmap.title' or 'fieldmap.created' is missing";
  if (!Array.isArray(meta.communities)) return "'fieldmap.communities' is not a list";
  const badCommunity = meta.communities.findIndex((c) => !isObject(c) || typeof c.id !== "number" || typeof c.label !== "string" || typeof c.size !== "number" || !Array.isArray(c.top));
  if (badCommunity >= 0) return `fieldmap.communities[${badCommunity}] needs id, label, size and top`;
  const badSubs = meta.communities.findIndex((c) => c.subcommunities !== undefined && !(Array.isArray(c.subcommunities) && c.subcommunities.every(isClusterInfo)));
  if (badSubs >= 0) return `fieldmap.communities[${badSubs}].subcommunities must list clusters with id, label and size`;
  if (!isObject(value.graph) || !Array.isArray(value.graph.nodes) || !Array.isArray(value.graph.edges)) {
    return "'graph' has no nodes and edges lists";
  }
  const nodes: unknown[] = value.graph.nodes;
  for (const [i, node] of nodes.entries()) {
    const problem = nodeProblem(node, i);
    if (problem) return problem;
  }
  const keys = new Set(nodes.map((n) => (n as { key: string }).key));
  for (const [i, edge] of (value.graph.edges as unknown[]).entries()) {
    const problem = edgeProblem(edge, i, keys);
    if (problem) return problem;
  }
  if (!Array.isArray(value.papers)) return "'papers' is not a list";
  const badPaper = value.papers.findIndex((p) => !isObject(p) || !Array.isArray(p.entities));
  if (badPaper >= 0) return `papers[${badPaper}] has no 'entities' list`;
  return relationsProblem(value.relations);
}

/**
 * Reads and checks a graph.json; every problem is one line naming the file. A graph.json too
 * long for one string (a map of a million papers) is parsed as a stream (read-json.ts).
 */
export async function readMapDocument(path: string, shownAs = path, options: ReadJsonOptions = {}): Promise<MapDocument> {
  let value: unknown;
  try {
    value = await readJsonFile(path, options);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new UserError(`cannot read ${shownAs}: not valid JSON (${error.message})`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, give its graph.json" : code;
    throw new UserError(`cannot read ${shownAs}: ${reason}`);
  }
  const problem = mapDocumentProblem(value);
  if (problem) throw new UserError(`cannot read ${shownAs}: ${problem}`);
  return withSubcommunities(value as MapDocument);
}

function sizeOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 16 || n > 16384) throw new UsageError(`export: --${name} expects a whole number of pixels (16-16384), got '${value}'`);
  return n;
}

/** --max-links N: links drawn (0 = all). Shared by export and slides. */
export function maxLinksOption(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0) throw new UsageError(`${command}: --max-links expects a whole number of links (0 = all), got '${value}'`);
  return n;
}

function themeOption(value: string | undefined): Theme | undefined {
  if (value === undefined || value === "light" || value === "dark") return value;
  throw new UsageError(`export: --theme expects light or dark, got '${value}'`);
}

/** Font files for resvg: DejaVu Sans when installed (fonts-dejavu-core), system fonts always. */
export function pngFonts() {
  return { fontFiles: DEBIAN_FONT_FILES.filter((file) => existsSync(file)), loadSystemFonts: true };
}

export async function readViewerHtml(path: string | undefined, cwd: string): Promise<string> {
  const file = path ? resolve(cwd, path) : VIEWER_HTML;
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new UserError(
      `cannot read the viewer ${relative(cwd, file) || file}: build it first with \`pnpm --filter @fieldmap/viewer build\` (or pass --viewer FILE)`,
    );
  }
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

/** Where each file goes: -o FILE for one file, FILE.<name> for several, or into a directory. */
async function targets(files: ExportStream[], binary: boolean, out: string | undefined, cwd: string): Promise<string[] | null> {
  if (out === undefined) {
    const single = files.length === 1 && !binary;
    return single ? null : files.map((f) => resolve(cwd, f.name));
  }
  const path = resolve(cwd, out);
  const isDir = await stat(path).then((s) => s.isDirectory(), () => out.endsWith("/"));
  if (isDir) return files.map((f) => join(path, f.name));
  if (files.length === 1) return [path];
  const stem = join(dirname(path), basename(path, extname(path)));
  return files.map((f) => `${stem}.${f.name}`);
}

async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("export", argv, EXPORT_OPTIONS);
  if (positionals.length !== 1) throw new UsageError("export: give one graph.json (see fieldmap export --help)");
  const formatId = values.format ?? "gexf";
  const format = findExportFormat(formatId);
  if (!format) throw new UsageError(`export: unknown --format '${formatId}' (one of ${EXPORT_FORMATS.map((f) => f.id).join(", ")})`);
  const input = positionals[0] ?? "";
  const doc = await readMapDocument(resolve(io.cwd, input), input);
  const context: ExportContext = { fonts: pngFonts() };
  const width = sizeOption("width", values.width);
  const height = sizeOption("height", values.height);
  const theme = themeOption(values.theme);
  if (width !== undefined) context.width = width;
  if (height !== undefined) context.height = height;
  if (theme !== undefined) context.theme = theme;
  if (values.title !== undefined) context.title = values.title;
  const maxLinks = maxLinksOption("export", values["max-links"]);
  if (maxLinks !== undefined) context.maxLinks = maxLinks;
  if (format.needsViewer) context.viewerHtml = await readViewerHtml(values.viewer, io.cwd);
  if (values.papers === true) context.papers = true;
  const files = exportStreams(format, doc, context);
  const paths = await targets(files, format.extensions.includes(".png"), values.out, io.cwd);
  if (paths === null) {
    for (const chunk of files[0]?.chunks ?? []) io.stdout(String(chunk));
    return 0;
  }
  for (const [i, file] of files.entries()) {
    const path = paths[i] ?? resolve(io.cwd, file.name);
    const shown = displayPath(io.cwd, path);
    const underFile = await fileAncestor(path);
    if (underFile !== undefined) throw new UserError(`cannot write ${shown}: it is under a file (${underFile}), not a directory; choose another -o`);
    await fileStep(`write ${shown}`, () => mkdir(dirname(path), { recursive: true }));
    // A temporary file renamed over the target: a killed export never leaves half a file.
    await writeFileAtomically(path, file.chunks, shown);
    io.stderr(`wrote ${shown}\n`);
  }
  return 0;
}

export const exportCommand: Command = {
  name: "export",
  summary: "write a built map (graph.json) as GEXF, GraphML, CSV, VOSviewer, SVG, PNG or HTML",
  help: HELP,
  run: runExport,
};
