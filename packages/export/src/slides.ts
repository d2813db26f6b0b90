/**
 * A reveal.js deck about a map: a title slide, the whole map live (an iframe of map.html),
 * one slide per top community with the live map focused on it (the viewer's cluster focus)
 * beside its summary (summariseCluster: size, sub-clusters, top entities by type, the most
 * representative papers with their evidence sentence, years), and
 * under every live slide (reveal's vertical stack) the static PNG of the same view, for
 * tools that cannot host live content (PDF export, PowerPoint, Google Slides).
 *
 * Pure: returns the files; the CLI writes them and copies reveal.js next to them.
 */
import { extent, summariseCluster, type ClusterRef, type CommunityInfo, type MapDocument } from "@fieldmap/graph";
import { toMapHtml } from "./html";
import { DEFAULT_MAX_LINKS } from "./links";
import { escapeHtml, summaryAside } from "./slides-summary";
import { renderSvgToPng, toPng, type PngFontOptions } from "./png";
import { alluvialSvg } from "./alluvial";
import { emergingChartSvg } from "./trend-charts";
import type { ExportFile } from "./formats";
import type { Theme } from "./svg";

export interface SlidesOptions {
  /** The built single-file viewer (apps/viewer/dist/index.html). */
  viewerHtml: string;
  theme?: Theme;
  /** How many communities get a slide (largest first). */
  communities?: number;
  /** Links drawn in the images and the live maps: rank < maxLinks (0 = all). */
  maxLinks?: number;
  /** Size of the static images. */
  width?: number;
  height?: number;
  fonts?: PngFontOptions;
}

export const DEFAULT_SLIDES_OPTIONS = { theme: "light" as Theme, communities: 6, maxLinks: DEFAULT_MAX_LINKS, width: 1920, height: 1080 };

/** How much of a cluster's summary fits beside its map on one slide. */
const SLIDE_SUMMARY = { topPerType: 3, papers: 2 };

/** Where the deck expects reveal.js's files (the CLI copies them there). */
export const REVEAL_ASSETS = { css: "reveal/reveal.css", js: "reveal/reveal.js", theme: (theme: Theme) => `reveal/theme/${theme === "dark" ? "black" : "white"}.css` };

/**
 * Viewer URL state (apps/viewer/src/state/url.ts): `embed=1` for the iframe layout,
 * `cluster=c3` for the viewer's cluster focus (members lit, the rest dimmed), `cam` to frame
 * it, and `links=N|all` when the deck draws another number of links than the default.
 */
export function mapUrl(doc: MapDocument, community?: number, maxLinks: number = DEFAULT_MAX_LINKS): string {
  const params = new URLSearchParams({ embed: "1" });
  if (community !== undefined) {
    params.set("cluster", `c${community}`);
    const camera = communityCamera(doc, community);
    if (camera) params.set("cam", camera);
  }
  if (maxLinks !== DEFAULT_MAX_LINKS) params.set("links", maxLinks === 0 ? "all" : String(maxLinks));
  return `map.html?${params.toString().replace(/%2C/g, ",")}`;
}


/** Zoom-out margin around a community's bounding box. */
const CAMERA_PADDING = 1.3;

/**
 * The viewer's `cam=x,y,ratio` that frames one community. sigma normalises graph
 * coordinates to the unit square over the largest side of the whole graph's extent
 * (sigma v3 createNormalizationFunction) and its camera ratio 1 shows all of it.
 */
export function communityCamera(doc: MapDocument, community: number): string | undefined {
  const all = doc.graph.nodes.map((n) => n.attributes).filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  const members = all.filter((n) => n.community === community);
  if (members.length === 0) return undefined;
  const [minX, maxX] = extent(all.map((n) => n.x));
  const [minY, maxY] = extent(all.map((n) => n.y));
  const scale = Math.max(maxX - minX, maxY - minY) || 1;
  const [cMinX, cMaxX] = extent(members.map((n) => n.x));
  const [cMinY, cMaxY] = extent(members.map((n) => n.y));
  const x = 0.5 + ((cMinX + cMaxX) / 2 - (minX + maxX) / 2) / scale;
  const y = 0.5 + ((cMinY + cMaxY) / 2 - (minY + maxY) / 2) / scale;
  const ratio = Math.min(1, Math.max(0.05, (Math.max(cMaxX - cMinX, cMaxY - cMinY) / scale) * CAMERA_PADDING));
  return [x, y, ratio].map((v) => String(Number(v.toFixed(4)))).join(",");
}

export function topCommunities(doc: MapDocument, count: number): CommunityInfo[] {
  return [...doc.fieldmap.communities].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, count);
}

function liveSlide(heading: string, src: string, image: string, alt: string, aside = ""): string {
  const h = escapeHtml(heading);
  return `<section>
  <section class="live" data-live="${escapeHtml(src)}">
    <h3>${h}</h3>
    <div class="stage${aside ? " with-aside" : ""}">
      <iframe data-src="${escapeHtml(src)}" title="${escapeHtml(alt)}" loading="lazy"></iframe>${aside}
    </div>
    <p class="hint">Live map: drag, zoom, click a node. Static image below (↓).</p>
  </section>
  <section class="static">
    <img src="${escapeHtml(image)}" alt="${escapeHtml(alt)}">
  </section>
</section>`;
}

/** A chart slide: the SVG, then its PNG below (for viewers that do not show SVG well). */
function chartSlide(heading: string, svg: string, png: string, alt: string): string {
  return `<section>
  <section>
    <h3>${escapeHtml(heading)}</h3>
    <img class="chart" src="${escapeHtml(svg)}" alt="${escapeHtml(alt)}">
  </section>
  <section class="static">
    <img src="${escapeHtml(png)}" alt="${escapeHtml(alt)}">
  </section>
</section>`;
}

/** The time slides when the map has a time analysis: emerging entities, then the cluster flow. */
function timeSlides(doc: MapDocument, o: typeof DEFAULT_SLIDES_OPTIONS, fonts: PngFontOptions | undefined): { files: ExportFile[]; slides: string[] } {
  const files: ExportFile[] = [];
  const slides: string[] = [];
  const chart = { width: o.width, height: o.height, theme: o.theme };
  const charts: Array<[string, string, string | undefined, string]> = [
    ["emerging", "Emerging", emergingChartSvg(doc, chart), "Emerging entities: share of each period's papers, bursts shaded"],
    ["cluster-flow", "Clusters over time", alluvialSvg(doc, chart), "Clusters of each time slice and the members they share"],
  ];
  for (const [name, heading, svg, alt] of charts) {
    if (svg === undefined) continue;
    files.push({ name: `images/${name}.svg`, content: svg }, { name: `images/${name}.png`, content: renderSvgToPng(svg, fonts) });
    slides.push(chartSlide(heading, `images/${name}.svg`, `images/${name}.png`, alt));
  }
  return { files, slides };
}

const DECK_STYLE = `
.reveal .stage { display: flex; gap: 24px; height: 800px; }
.reveal .stage iframe { flex: 1; height: 100%; border: 0; border-radius: 8px; background: transparent; }
.reveal .stage aside { width: 600px; text-align: left; font-size: 19px; line-height: 1.25; overflow: hidden; }
.reveal .stage aside h4 { margin: 12px 0 2px; font-size: 20px; }
.reveal .stage aside p { margin: 0; }
.reveal .stage aside ul, .reveal .stage aside ol { margin: 0 0 0 1.1em; padding: 0; }
.reveal .stage aside li { margin: 2px 0; }
.reveal .stage aside dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.reveal .stage aside dt { font-weight: bold; }
.reveal .stage aside dd { margin: 0; }
.reveal .stage aside .paper { font-size: 18px; }
.reveal .stage aside .evidence { margin: 2px 0 6px; padding: 0 0 0 10px; width: auto; font-size: 15px; font-style: italic; box-shadow: none; border-left: 3px solid currentColor; opacity: 0.8; }
.reveal .stage .meta { opacity: 0.65; font-size: 17px; }
.reveal .hint { font-size: 20px; opacity: 0.6; margin: 8px 0 0; }
.reveal section.static img { max-height: 1000px; margin: 0; box-shadow: none; }
.reveal img.chart { max-height: 900px; margin: 0; box-shadow: none; }
.reveal .subtitle { font-size: 32px; opacity: 0.75; }`;

function deckHtml(doc: MapDocument, o: typeof DEFAULT_SLIDES_OPTIONS, slides: string[]): string {
  const title = escapeHtml(doc.fieldmap.title);
  const stats = `${doc.papers.length} papers · ${doc.graph.nodes.length} entities · ${doc.fieldmap.communities.length} communities · ${doc.fieldmap.created}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${REVEAL_ASSETS.css}">
<link rel="stylesheet" href="${REVEAL_ASSETS.theme(o.theme)}">
<style>${DECK_STYLE}</style>
</head>
<body>
<div class="reveal"><div class="slides">
<section class="title">
  <h1>${title}</h1>
  <p class="subtitle">${escapeHtml(stats)}</p>
  <p class="subtitle">made with fieldmap</p>
</section>
${slides.join("\n")}
</div></div>
<script src="${REVEAL_ASSETS.js}"></script>
<script>
  // Iframes use data-src so reveal.js loads them only near the current slide (each map is a WebGL canvas).
  Reveal.initialize({ hash: true, width: 1920, height: 1080, margin: 0.03, viewDistance: 2, preloadIframes: false });
</script>
</body>
</html>
`;
}

/** Every file of the deck except reveal.js itself (see REVEAL_ASSETS). */
export function toSlides(doc: MapDocument, options: SlidesOptions): ExportFile[] {
  const o = { ...DEFAULT_SLIDES_OPTIONS, ...options };
  const fonts = o.fonts ? { fonts: o.fonts } : {};
  // Static images show what the live slide shows: the whole map, then each community in focus.
  const png = (focus?: ClusterRef) => toPng(doc, { width: o.width, height: o.height, theme: o.theme, maxLinks: o.maxLinks, ...fonts, ...(focus ? { focus } : {}) });
  const files: ExportFile[] = [
    { name: "map.html", content: toMapHtml(doc, options.viewerHtml) },
    { name: "images/map.png", content: png() },
  ];
  const slides = [liveSlide("The whole map", mapUrl(doc, undefined, o.maxLinks), "images/map.png", `Map of ${doc.fieldmap.title}`)];
  for (const community of topCommunities(doc, o.communities)) {
    const focus: ClusterRef = { level: "community", id: community.id };
    const summary = summariseCluster(doc, focus, SLIDE_SUMMARY);
    const image = `images/community-${community.id}.png`;
    files.push({ name: image, content: png(focus) });
    const aside = summary ? summaryAside(summary) : "";
    slides.push(liveSlide(community.label, mapUrl(doc, community.id, o.maxLinks), image, `Community ${community.label}`, aside));
  }
  const time = timeSlides(doc, o, o.fonts);
  files.push(...time.files);
  slides.push(...time.slides);
  files.unshift({ name: "index.html", content: deckHtml(doc, o, slides) });
  return files;
}
