import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_SLIDES_OPTIONS, REVEAL_ASSETS, toSlides, type Theme } from "@fieldmap/export";
import type { Command, Io } from "../command";
import { UsageError, UserError } from "../errors";
import { fileStep, writeChunks } from "../file-writes";
import { parseCommandArgs } from "../options";
import { fileHead, stageOutputDirectory } from "../output-dir";
import { displayPath, maxLinksOption, pngFonts, readMapDocument, readViewerHtml } from "./export";

/** reveal.js's built files, copied into every deck so it opens offline from file://. */
const REVEAL_DIST = fileURLToPath(new URL("../../node_modules/reveal.js/dist/", import.meta.url));

const HELP = `fieldmap slides <graph.json> [-o DIR] [options]

Writes a reveal.js slide deck about the map to DIR (open DIR/index.html in a browser,
from disk, no network needed):
  - a title slide;
  - the whole map, live (an iframe of DIR/map.html, the interactive viewer);
  - one slide per large community: the live map focused on it (the rest dimmed) beside its
    summary: size, sub-clusters, top entities by type, representative papers with the
    sentence that names one of its entities, years;
  - under every live slide (press the down arrow) the same view as a static PNG
    (DIR/images/*.png) for PDF export and tools that cannot show live content.

Options:
  -o, --out DIR        deck directory (default: out/slides, beside the map that build writes to out/)
  --communities N      number of community slides, largest first (default ${DEFAULT_SLIDES_OPTIONS.communities})
  --theme T            light (default) or dark
  --width N            static image width (default ${DEFAULT_SLIDES_OPTIONS.width})
  --height N           static image height (default ${DEFAULT_SLIDES_OPTIONS.height})
  --max-links N        links drawn in the images and live maps (default ${DEFAULT_SLIDES_OPTIONS.maxLinks}; 0 = all)
  --viewer FILE        the built viewer (default apps/viewer/dist/index.html)
  -h, --help           show this help

Print to PDF: open DIR/index.html?print-pdf in Chromium and print (static slides included).`;

const SLIDES_OPTIONS = {
  out: { type: "string", short: "o" },
  communities: { type: "string" },
  theme: { type: "string" },
  width: { type: "string" },
  height: { type: "string" },
  "max-links": { type: "string" },
  viewer: { type: "string" },
} as const;

function integerOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`slides: --${name} expects a whole number from ${min} to ${max}, got '${value}'`);
  return n;
}

async function copyReveal(outDir: string, theme: Theme): Promise<void> {
  const assets: Array<[string, string]> = [
    ["reveal.css", REVEAL_ASSETS.css],
    ["reveal.js", REVEAL_ASSETS.js],
    [REVEAL_ASSETS.theme(theme).replace(/^reveal\//, ""), REVEAL_ASSETS.theme(theme)],
  ];
  for (const [from, to] of assets) {
    const target = join(outDir, to);
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(join(REVEAL_DIST, from), target);
    } catch {
      throw new UserError(`cannot copy reveal.js's ${from}: run \`pnpm install\` first`);
    }
  }
}

/** A deck's map.html inlines the map in its fieldmap-data element, near the top. */
async function holdsDeck(dir: string): Promise<boolean> {
  return (await fileHead(join(dir, "map.html"), 4096)).includes('id="fieldmap-data"');
}

async function runSlides(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("slides", argv, SLIDES_OPTIONS);
  if (positionals.length !== 1) throw new UsageError("slides: give one graph.json (see fieldmap slides --help)");
  const theme = values.theme ?? "light";
  if (theme !== "light" && theme !== "dark") throw new UsageError(`slides: --theme expects light or dark, got '${theme}'`);
  const input = positionals[0] ?? "";
  const doc = await readMapDocument(resolve(io.cwd, input), input);
  const viewerHtml = await readViewerHtml(values.viewer, io.cwd);
  // The default sits in out/, beside the map and git-ignored, not in whatever directory the user is in.
  const outDir = resolve(io.cwd, values.out ?? join("out", "slides"));
  const shown = displayPath(io.cwd, outDir);
  // The deck is written beside DIR and swapped into place whole, as build does with its output.
  const staged = await stageOutputDirectory(outDir, {
    outputNames: ["index.html", "map.html", "images", "reveal"],
    carried: [],
    isOwnOutput: holdsDeck,
    force: false,
    shownAs: shown,
  });
  try {
    const files = toSlides(doc, {
      viewerHtml,
      theme,
      communities: integerOption("communities", values.communities, DEFAULT_SLIDES_OPTIONS.communities, 0, 100),
      width: integerOption("width", values.width, DEFAULT_SLIDES_OPTIONS.width, 16, 16384),
      height: integerOption("height", values.height, DEFAULT_SLIDES_OPTIONS.height, 16, 16384),
      maxLinks: maxLinksOption("slides", values["max-links"]) ?? DEFAULT_SLIDES_OPTIONS.maxLinks,
      fonts: pngFonts(),
    });
    for (const file of files) {
      const target = join(staged.dir, file.name);
      await fileStep(`write to ${shown}`, () => mkdir(dirname(target), { recursive: true }));
      await writeChunks(target, [file.content], join(shown, file.name));
    }
    await copyReveal(staged.dir, theme);
    await staged.commit();
    io.stdout(`wrote ${files.length} files and reveal.js to ${shown}; open ${join(shown, "index.html")}\n`);
  } finally {
    await staged.discard();
  }
  return 0;
}

export const slidesCommand: Command = {
  name: "slides",
  summary: "write a reveal.js slide deck (live map, community slides, static PNGs) from graph.json",
  help: HELP,
  run: runSlides,
};
