/**
 * A reveal.js deck about a map: a title slide, the whole map live (an iframe of map.html),
 * one slide per top community with the live map focused on it and its top entities, and
 * under every live slide (reveal's vertical stack) the static PNG of the same view, for
 * tools that cannot host live content (PDF export, PowerPoint, Google Slides).
 *
 * Pure: returns the files; the CLI writes them and copies reveal.js next to them.
 */
import type { CommunityInfo, MapDocument } from "@fieldmap/graph";
import { toMapHtml } from "./html";
import { toPng, type PngFontOptions } from "./png";
import type { ExportFile } from "./formats";
import type { Theme } from "./svg";

export interface SlidesOptions {
  /** The built single-file viewer (apps/viewer/dist/index.html). */
  viewerHtml: string;
  theme?: Theme;
  /** How many communities get a slide (largest first). */
  communities?: number;
  /** Entities listed per community slide. */
  entitiesPerSlide?: number;
  /** Size of the static images. */
  width?: number;
  height?: number;
  fonts?: PngFontOptions;
}

export const DEFAULT_SLIDES_OPTIONS = { theme: "light" as Theme, communities: 6, entitiesPerSlide: 8, width: 1920, height: 1080 };

/** Where the deck expects reveal.js's files (the CLI copies them there). */
export const REVEAL_ASSETS = { css: "reveal/reveal.css", js: "reveal/reveal.js", theme: (theme: Theme) => `reveal/theme/${theme === "dark" ? "black" : "white"}.css` };

/**
 * Viewer URL state (apps/viewer/src/state/url.ts): `embed=1` for the iframe layout and
 * `hide-communities=a,b` to show one community alone.
 */
export function mapUrl(doc: MapDocument, community?: number): string {
  const params = new URLSearchParams({ embed: "1" });
  if (community !== undefined) {
    const others = doc.fieldmap.communities.map((c) => c.id).filter((id) => id !== community);
    if (others.length > 0) params.set("hide-communities", others.join(","));
    const camera = communityCamera(doc, community);
    if (camera) params.set("cam", camera);
  }
  return `map.html?${params.toString().replace(/%2C/g, ",")}`;
}

function extent(values: number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
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

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The map restricted to one community (its nodes and the links between them). */
export function communityDocument(doc: MapDocument, community: CommunityInfo): MapDocument {
  const nodes = doc.graph.nodes.filter((n) => n.attributes.community === community.id);
  const keys = new Set(nodes.map((n) => n.key));
  return {
    ...doc,
    fieldmap: { ...doc.fieldmap, title: community.label, communities: [community] },
    graph: { ...doc.graph, nodes, edges: doc.graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)) },
    papers: doc.papers.filter((p) => p.entities.some((e) => keys.has(e))),
  };
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

function entityList(doc: MapDocument, community: CommunityInfo, max: number): string {
  const byKey = new Map(doc.graph.nodes.map((n) => [n.key, n.attributes]));
  const members = doc.graph.nodes
    .filter((n) => n.attributes.community === community.id)
    .sort((a, b) => b.attributes.count - a.attributes.count || (a.key < b.key ? -1 : 1))
    .map((n) => n.key);
  const keys = [...new Set([...community.top, ...members])].filter((k) => byKey.has(k)).slice(0, max);
  const items = keys.map((key) => {
    const n = byKey.get(key);
    return `<li><span class="name">${escapeHtml(n?.label ?? key)}</span> <span class="meta">${escapeHtml(n?.type ?? "")} · ${n?.count ?? 0} papers</span></li>`;
  });
  return `\n      <aside><h4>Top entities</h4><ol>${items.join("")}</ol></aside>`;
}

const DECK_STYLE = `
.reveal .stage { display: flex; gap: 24px; height: 800px; }
.reveal .stage iframe { flex: 1; height: 100%; border: 0; border-radius: 8px; background: transparent; }
.reveal .stage aside { width: 520px; text-align: left; font-size: 28px; overflow: hidden; }
.reveal .stage aside h4 { margin-top: 0; }
.reveal .stage aside li { margin: 6px 0; }
.reveal .stage .meta { opacity: 0.65; font-size: 22px; }
.reveal .hint { font-size: 20px; opacity: 0.6; margin: 8px 0 0; }
.reveal section.static img { max-height: 1000px; margin: 0; box-shadow: none; }
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
  const png = (d: MapDocument) => toPng(d, { width: o.width, height: o.height, theme: o.theme, ...(o.fonts ? { fonts: o.fonts } : {}) });
  const files: ExportFile[] = [
    { name: "map.html", content: toMapHtml(doc, options.viewerHtml) },
    { name: "images/map.png", content: png(doc) },
  ];
  const slides = [liveSlide("The whole map", mapUrl(doc), "images/map.png", `Map of ${doc.fieldmap.title}`)];
  for (const community of topCommunities(doc, o.communities)) {
    const image = `images/community-${community.id}.png`;
    files.push({ name: image, content: png(communityDocument(doc, community)) });
    slides.push(
      liveSlide(community.label, mapUrl(doc, community.id), image, `Community ${community.label}`, entityList(doc, community, o.entitiesPerSlide)),
    );
  }
  files.unshift({ name: "index.html", content: deckHtml(doc, o, slides) });
  return files;
}
