import { seededRng, type CommunityInfo, type MapDocument, type NodeAttributes } from "@fieldmap/graph";

const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf", "#bcbd22"];
const WORDS = ["reasoning", "diffusion", "retrieval", "alignment", "graph", "policy", "vision", "speech", "agents", "quantization", "robotics", "segmentation"];

/**
 * A crowded map like a real corpus's: `communities` clusters of `perCommunity` nodes with
 * long names, packed close together, two sub-clusters each, and many links.
 */
export function crowdedDoc(communities = 12, perCommunity = 60, seed = 7): MapDocument {
  // Seeded, so the crowded map is the same on every run.
  const random = seededRng(seed);
  const nodes: Array<{ key: string; attributes: NodeAttributes }> = [];
  for (let c = 0; c < communities; c++) {
    const angle = (2 * Math.PI * c) / communities;
    const [cx, cy] = [Math.cos(angle) * 100, Math.sin(angle) * 60];
    for (let i = 0; i < perCommunity; i++) {
      const word = WORDS[c % WORDS.length] ?? "topic";
      nodes.push({
        key: `c${c}n${i}`,
        attributes: {
          label: i % 3 === 0 ? `${word} with long descriptive name ${i}` : `${word}-${i}`,
          type: "method",
          count: Math.round(2 + 300 * random() ** 3),
          community: c,
          community_label: `${word} · ${word} benchmarks · ${word} models`,
          subcommunity: 2 * c + (i % 2),
          subcommunity_label: `${word} part ${i % 2}`,
          size: 1 + 10 * random(),
          color: PALETTE[c % PALETTE.length] ?? "#999999",
          x: cx + (random() - 0.5) * 70,
          y: cy + (random() - 0.5) * 50,
        },
      });
    }
  }
  const edges = Array.from({ length: 3000 }, (_, i) => {
    const a = nodes[Math.floor(random() * nodes.length)];
    const b = nodes[Math.floor(random() * nodes.length)];
    return { key: `e${i}`, source: a?.key ?? "", target: b?.key ?? "", attributes: { weight: 1 + Math.floor(20 * random() ** 4), strength: random() } };
  }).filter((e) => e.source !== e.target);
  const infos: CommunityInfo[] = Array.from({ length: communities }, (_, c) => {
    const members = nodes.filter((n) => n.attributes.community === c).map((n) => n.attributes);
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const color = PALETTE[c % PALETTE.length] ?? "#999999";
    const label = members[0]?.community_label ?? "";
    return { id: c, label, color, size: members.length, top: [], x: mean(members.map((n) => n.x)), y: mean(members.map((n) => n.y)), subcommunities: [] };
  });
  return {
    fieldmap: { version: 1, title: "A crowded map", created: "2025-01-01", communities: infos },
    graph: { attributes: {}, options: { type: "undirected" }, nodes, edges },
    papers: [],
  };
}

/**
 * Pairs of <text> elements whose boxes overlap, measured as ../shared/tools/map_quality.py
 * measures them (0.55 em per source character, one em tall above the baseline, the element's
 * own text-anchor honoured; texts holding markup such as <tspan> are not read).
 */
export function svgTextOverlaps(svg: string): number {
  const boxes: Array<[number, number, number, number]> = [];
  for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const [attributes, text] = [match[1] ?? "", match[2] ?? ""];
    const number = (name: string) => {
      const value = new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attributes)?.[1];
      return value === undefined ? undefined : Number(value);
    };
    const [x, y] = [number("x"), number("y")];
    if (x === undefined || y === undefined) continue;
    const size = Number(/font-size="([\d.]+)/.exec(attributes)?.[1] ?? 12);
    const width = 0.55 * size * [...text].length;
    const anchor = /text-anchor="(\w+)"/.exec(attributes)?.[1];
    const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
    boxes.push([left, y - size, left + width, y]);
  }
  let count = 0;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) count++;
  }
  return count;
}
