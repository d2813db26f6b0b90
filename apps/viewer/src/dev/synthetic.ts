import type { CommunityInfo, Evidence, MapDocument, MapPaper, NodeAttributes, SubcommunityInfo } from "@fieldmap/graph";
import { ENTITY_TYPE_ORDER, fallbackCommunityColor, type EntityType } from "../data/palette";
import { seededRng } from "@fieldmap/graph";

/**
 * Synthetic MapDocuments for tests and the scale benchmark: communities laid out on a
 * circle, each split into 2-4 sub-clusters around its centre, edges mostly inside
 * communities and ranked like `fieldmap build` ranks them, papers with evidence sentences
 * and offsets. Deterministic for a given seed.
 */
export interface SyntheticMapOptions {
  nodes: number;
  edges: number;
  communities: number;
  papers: number;
  seed: number;
  /** Title given to the first paper mentioning GRPO (to test that titles render as text). */
  hostileTitle: string | null;
}

export const DEFAULT_SYNTHETIC_MAP_OPTIONS: SyntheticMapOptions = {
  nodes: 300,
  edges: 1200,
  communities: 8,
  papers: 200,
  seed: 7,
  hostileTitle: null,
};

/** Well-known names placed first so tests can search for them. */
const NAMED: Array<[string, EntityType, string[]]> = [
  ["GRPO", "method", ["Group Relative Policy Optimization"]],
  ["PPO", "method", ["Proximal Policy Optimization"]],
  ["DPO", "method", ["Direct Preference Optimization"]],
  ["RLHF", "method", ["reinforcement learning from human feedback"]],
  ["DeepSeek-R1", "model", []],
  ["Qwen2.5", "model", ["Qwen 2.5"]],
  ["GSM8K", "dataset", []],
  ["MATH", "dataset", []],
  ["mathematical reasoning", "task", []],
  ["pass@1", "metric", []],
];

export function generateMapDocument(options: Partial<SyntheticMapOptions> = {}): MapDocument {
  const o = { ...DEFAULT_SYNTHETIC_MAP_OPTIONS, ...options };
  const rng = seededRng(o.seed);
  // The hierarchy draws from its own stream so the nodes, papers and edges stay as they were.
  const hierarchy = makeHierarchy(o.communities, seededRng(o.seed + 1));
  const nodes = makeNodes(o, rng, hierarchy);
  const papers = makePapers(o, nodes, rng);
  const edges = rankSyntheticEdges(makeEdges(o, nodes, rng));
  const communities = summariseCommunities(o.communities, nodes, hierarchy);
  const subLabels = new Map(communities.flatMap((c) => c.subcommunities.map((s) => [s.id, s.label] as const)));
  for (const node of nodes) {
    node.attributes.community_label = communities[node.attributes.community]?.label ?? "";
    node.attributes.subcommunity_label = subLabels.get(node.attributes.subcommunity) ?? "";
  }
  return {
    fieldmap: { version: 1, title: `Synthetic map (${o.nodes} nodes)`, created: "2025-01-01", communities },
    graph: { options: { type: "undirected", multi: false, allowSelfLoops: false }, nodes, edges },
    papers,
  };
}

type SyntheticNode = { key: string; attributes: NodeAttributes };

/** Per community: its sub-clusters' global ids and their offsets from the community centre (unit circle). */
type Hierarchy = Array<Array<{ id: number; dx: number; dy: number }>>;

function makeHierarchy(communities: number, rng: () => number): Hierarchy {
  let next = 0;
  return Array.from({ length: communities }, () => {
    const count = 2 + Math.floor(rng() * 3);
    const turn = rng() * 2 * Math.PI;
    return Array.from({ length: count }, (_, i) => {
      const angle = turn + (2 * Math.PI * i) / count;
      return { id: next++, dx: Math.cos(angle), dy: Math.sin(angle) };
    });
  });
}

function makeNodes(o: SyntheticMapOptions, rng: () => number, hierarchy: Hierarchy): SyntheticNode[] {
  const nodes: SyntheticNode[] = [];
  for (let i = 0; i < o.nodes; i++) {
    const named = NAMED[i];
    // Named entities share community 0, the "reinforcement learning for reasoning" cluster.
    const community = named ? 0 : Math.floor(rng() * o.communities);
    const angle = (2 * Math.PI * community) / o.communities;
    const spread = 60 + Math.sqrt(o.nodes) * 2;
    const key = named ? named[0] : `entity-${i}`;
    const subs = hierarchy[community] ?? [];
    const sub = subs[i % Math.max(1, subs.length)] ?? { id: community, dx: 0, dy: 0 };
    nodes.push({
      key,
      attributes: {
        label: named ? named[0] : `Entity ${i}`,
        type: named ? named[1] : ENTITY_TYPE_ORDER[Math.floor(rng() * ENTITY_TYPE_ORDER.length)] ?? "concept",
        aliases: named ? named[2] : [],
        count: 0,
        community,
        community_label: "",
        subcommunity: sub.id,
        subcommunity_label: "",
        size: 1,
        color: fallbackCommunityColor(community),
        x: Math.cos(angle) * spread * 3 + sub.dx * spread * 0.9 + gaussian(rng) * spread * 0.45,
        y: Math.sin(angle) * spread * 3 + sub.dy * spread * 0.9 + gaussian(rng) * spread * 0.45,
      },
    });
  }
  return nodes;
}

function makePapers(o: SyntheticMapOptions, nodes: SyntheticNode[], rng: () => number): MapPaper[] {
  const papers: MapPaper[] = [];
  for (let p = 0; p < o.papers; p++) {
    const picked = new Set<number>();
    // Early papers all mention GRPO so that it has a paper list worth reading.
    if (p < 6 && nodes.length > 0) picked.add(0);
    const wanted = 3 + Math.floor(rng() * 4);
    while (picked.size < Math.min(wanted, nodes.length)) picked.add(Math.floor(Math.pow(rng(), 2) * nodes.length));
    const year = 2019 + Math.floor(rng() * 7);
    const evidence: Evidence[] = [];
    for (const index of picked) {
      const node = nodes[index];
      if (!node) continue;
      node.attributes.count++;
      node.attributes.first_year = Math.min(node.attributes.first_year ?? year, year);
      node.attributes.last_year = Math.max(node.attributes.last_year ?? year, year);
      const before = "We study how ";
      const surface = node.attributes.label;
      evidence.push({ entity: node.key, sentence: `${before}${surface} improves reasoning in experiment ${p}.`, start: before.length, end: before.length + surface.length });
    }
    const title = p === 0 && o.hostileTitle !== null ? o.hostileTitle : `Paper ${p}: a study of ${evidence[0]?.sentence.slice(13, 40) ?? "things"}`;
    papers.push({
      id: `paper-${p}`,
      title,
      date: `${year}-0${1 + (p % 9)}-1${p % 10}`,
      year,
      url: `https://example.org/paper-${p}`,
      entities: evidence.map((e) => e.entity),
      evidence,
    });
  }
  for (const node of nodes) node.attributes.count = Math.max(1, node.attributes.count);
  return papers;
}

function makeEdges(o: SyntheticMapOptions, nodes: SyntheticNode[], rng: () => number): MapDocument["graph"]["edges"] {
  const byCommunity = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const list = byCommunity.get(node.attributes.community);
    if (list) list.push(i);
    else byCommunity.set(node.attributes.community, [i]);
  });
  const seen = new Set<string>();
  const edges: MapDocument["graph"]["edges"] = [];
  const maxEdges = Math.min(o.edges, (nodes.length * (nodes.length - 1)) / 2);
  while (edges.length < maxEdges) {
    const a = Math.floor(rng() * nodes.length);
    const local = byCommunity.get(nodes[a]?.attributes.community ?? 0) ?? [];
    const b = rng() < 0.85 && local.length > 1 ? local[Math.floor(Math.pow(rng(), 1.5) * local.length)] ?? 0 : Math.floor(rng() * nodes.length);
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `${s}-${t}`;
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    edges.push({ key: `e${edges.length}`, source: nodes[s]?.key ?? "", target: nodes[t]?.key ?? "", attributes: { weight: 1 + Math.floor(Math.pow(rng(), 3) * 8) } });
  }
  return edges;
}

/** Ranks from the strongest link (0), as `fieldmap build` does: weight, then key. */
function rankSyntheticEdges(edges: MapDocument["graph"]["edges"]): MapDocument["graph"]["edges"] {
  const order = [...edges].sort((a, b) => b.attributes.weight - a.attributes.weight || ((a.key ?? "") < (b.key ?? "") ? -1 : 1));
  order.forEach((edge, rank) => (edge.attributes.rank = rank));
  return edges;
}

function summariseCommunities(count: number, nodes: SyntheticNode[], hierarchy: Hierarchy): CommunityInfo[] {
  const communities: CommunityInfo[] = [];
  for (let id = 0; id < count; id++) {
    const members = nodes.filter((n) => n.attributes.community === id).sort((a, b) => b.attributes.count - a.attributes.count);
    const top = members.slice(0, 5).map((n) => n.key);
    const label = id === 0 && members.some((n) => n.key === "GRPO") ? "GRPO / RLHF / reasoning" : `Topic ${id}: ${top.slice(0, 2).join(", ")}`;
    const color = fallbackCommunityColor(id);
    const subcommunities: SubcommunityInfo[] = (hierarchy[id] ?? []).map(({ id: subId }, index) => {
      const subMembers = members.filter((n) => n.attributes.subcommunity === subId);
      const subTop = subMembers.slice(0, 5).map((n) => n.key);
      return { id: subId, parent: id, label: `Topic ${id}.${index + 1}: ${subTop[0] ?? "empty"}`, color, size: subMembers.length, top: subTop, ...meanPosition(subMembers) };
    });
    subcommunities.sort((a, b) => b.size - a.size || a.id - b.id);
    communities.push({ id, label, color, size: members.length, top, ...meanPosition(members), subcommunities });
  }
  return communities;
}

function meanPosition(members: SyntheticNode[]): { x: number; y: number } {
  if (members.length === 0) return { x: 0, y: 0 };
  const sum = members.reduce((acc, n) => ({ x: acc.x + n.attributes.x, y: acc.y + n.attributes.y }), { x: 0, y: 0 });
  return { x: sum.x / members.length, y: sum.y / members.length };
}

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
