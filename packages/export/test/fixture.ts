import type { CommunityInfo, MapDocument, NodeAttributes, SubcommunityInfo } from "@fieldmap/graph";

/** A label with every XML/HTML special: it must survive every format unchanged. */
export const HOSTILE_LABEL = `<b>&"'</script>`;

type NodeRow = [key: string, label: string, type: NodeAttributes["type"], count: number, community: number, subcommunity: number, x: number, y: number];

const COMMUNITY_LABELS = ["Transformers & attention", "Graph learning", "Evaluation"];
const COMMUNITY_COLORS = ["#4e79a7", "#e15759", "#59a14f"];
/** Sub-cluster id -> [parent community, label]; ids are unique across the map, as in a build. */
const SUBCOMMUNITIES: Array<[parent: number, label: string]> = [
  [0, "Transformer · BERT"],
  [0, `self-attention · ${HOSTILE_LABEL}`],
  [1, "GCN · GraphSAGE"],
  [1, "node classification · Cora"],
  [2, "F1 · accuracy · BLEU"],
];

const NODES: NodeRow[] = [
  ["Transformer", "Transformer", "model", 9, 0, 0, -120.5, 40.25],
  ["BERT", "BERT", "model", 7, 0, 0, -90, 80],
  ["self-attention", "self-attention", "method", 6, 0, 1, -150, 10],
  ["GLUE", "GLUE", "dataset", 4, 0, 0, -60, 120],
  [HOSTILE_LABEL, HOSTILE_LABEL, "concept", 3, 0, 1, -40, -20],
  ["GCN", "Graph Convolutional Network", "model", 5, 1, 2, 110, 60],
  ["GraphSAGE", "GraphSAGE", "method", 3, 1, 2, 150, 20],
  ["node classification", "node classification", "task", 4, 1, 3, 130, 110],
  ["Cora", "Cora", "dataset", 2, 1, 3, 170, 90],
  ["F1", "F1", "metric", 5, 2, 4, 0, -110],
  ["accuracy", "accuracy", "metric", 6, 2, 4, 30, -140],
  ["BLEU", "BLEU", "metric", 2, 2, 4, -30, -150.75],
];

const EDGES: Array<[string, string, number, number]> = [
  ["Transformer", "BERT", 5, 0.42],
  ["Transformer", "self-attention", 6, 0.5],
  ["BERT", "GLUE", 3, 0.33],
  ["Transformer", HOSTILE_LABEL, 2, 0.12],
  ["self-attention", HOSTILE_LABEL, 1, 0.08],
  ["GCN", "GraphSAGE", 2, 0.21],
  ["GCN", "node classification", 3, 0.3],
  ["node classification", "Cora", 2, 0.4],
  ["GraphSAGE", "Cora", 1, 0.11],
  ["F1", "accuracy", 3, 0.27],
  ["BLEU", "Transformer", 2, 0.09],
  ["accuracy", "node classification", 2, 0.18],
  ["GLUE", "accuracy", 2, 0.16],
];

function nodeAttributes([, label, type, count, community, subcommunity, x, y]: NodeRow): NodeAttributes {
  const attributes: NodeAttributes = {
    label,
    type,
    count,
    community,
    community_label: COMMUNITY_LABELS[community] ?? "",
    subcommunity,
    subcommunity_label: SUBCOMMUNITIES[subcommunity]?.[1] ?? "",
    size: 4 + count * 1.5,
    color: COMMUNITY_COLORS[community] ?? "#999999",
    x,
    y,
    first_year: 2017 + (count % 3),
    last_year: 2023,
  };
  if (label === "Graph Convolutional Network") attributes.aliases = ["GCN", "GCNs", "graph conv, spectral"];
  if (label === "BERT") attributes.family = "BERT";
  return attributes;
}

/** Size, top members and name position (mean of the members) of the nodes `inCluster` picks. */
function clusterFields(inCluster: (row: NodeRow) => boolean) {
  const rows = NODES.filter(inCluster);
  const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1)) * 100) / 100;
  const top = [...rows].sort((a, b) => b[3] - a[3]).map((n) => n[0]).slice(0, 3);
  return { size: rows.length, top, x: mean(rows.map((n) => n[6])), y: mean(rows.map((n) => n[7])) };
}

function communities(): CommunityInfo[] {
  return COMMUNITY_LABELS.map((label, id) => {
    const color = COMMUNITY_COLORS[id] ?? "#999999";
    const subcommunities: SubcommunityInfo[] = SUBCOMMUNITIES.flatMap(([parent, subLabel], subId) =>
      parent === id ? [{ id: subId, label: subLabel, color, parent, ...clusterFields((n) => n[5] === subId) }] : [],
    );
    return { id, label, color, ...clusterFields((n) => n[4] === id), subcommunities };
  });
}

/** Ranks as the build sets them: most papers in common first, then association strength. */
function edgeRanks(): Map<number, number> {
  const order = EDGES.map((e, i) => ({ i, weight: e[2], strength: e[3] })).sort((a, b) => b.weight - a.weight || b.strength - a.strength);
  return new Map(order.map(({ i }, rank) => [i, rank]));
}

/** A realistic small map: three communities of two levels, years, aliases, and one hostile label. */
export function fixtureDoc(): MapDocument {
  const ranks = edgeRanks();
  return {
    fieldmap: {
      version: 1,
      title: `Fixture map: attention <& graphs>`,
      created: "2024-05-17",
      communities: communities(),
      modularity: 0.41,
    },
    graph: {
      attributes: {},
      options: { type: "undirected", multi: false, allowSelfLoops: false },
      nodes: NODES.map((row) => ({ key: row[0], attributes: nodeAttributes(row) })),
      edges: EDGES.map(([source, target, weight, strength], i) => ({
        key: `e${i}`,
        source,
        target,
        attributes: { weight, strength, rank: ranks.get(i) ?? i },
      })),
    },
    papers: [
      {
        id: "arxiv:1706.03762",
        title: "Attention Is All You Need",
        year: 2017,
        date: "2017-06-12",
        entities: ["Transformer", "self-attention", "BLEU"],
        evidence: [{ entity: "Transformer", sentence: "We propose the Transformer.", start: 15, end: 26 }],
      },
      {
        id: "arxiv:1609.02907",
        title: "Semi-Supervised Classification with Graph Convolutional Networks",
        year: 2017,
        entities: ["GCN", "node classification", "Cora"],
        evidence: [],
      },
      {
        id: "arxiv:hostile",
        title: `A study of ${HOSTILE_LABEL} in attention`,
        year: 2019,
        entities: [HOSTILE_LABEL, "self-attention", "accuracy"],
        evidence: [{ entity: HOSTILE_LABEL, sentence: `We find ${HOSTILE_LABEL} <img src=x onerror=alert(1)> in heads.`, start: 8, end: 8 + HOSTILE_LABEL.length }],
      },
    ],
  };
}
