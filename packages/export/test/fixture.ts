import type { MapDocument, NodeAttributes } from "@fieldmap/graph";

/** A label with every XML/HTML special: it must survive every format unchanged. */
export const HOSTILE_LABEL = `<b>&"'</script>`;

type NodeRow = [key: string, label: string, type: NodeAttributes["type"], count: number, community: number, x: number, y: number];

const COMMUNITY_LABELS = ["Transformers & attention", "Graph learning", "Evaluation"];
const COMMUNITY_COLORS = ["#4e79a7", "#e15759", "#59a14f"];

const NODES: NodeRow[] = [
  ["Transformer", "Transformer", "model", 9, 0, -120.5, 40.25],
  ["BERT", "BERT", "model", 7, 0, -90, 80],
  ["self-attention", "self-attention", "method", 6, 0, -150, 10],
  ["GLUE", "GLUE", "dataset", 4, 0, -60, 120],
  [HOSTILE_LABEL, HOSTILE_LABEL, "concept", 3, 0, -40, -20],
  ["GCN", "Graph Convolutional Network", "model", 5, 1, 110, 60],
  ["GraphSAGE", "GraphSAGE", "method", 3, 1, 150, 20],
  ["node classification", "node classification", "task", 4, 1, 130, 110],
  ["Cora", "Cora", "dataset", 2, 1, 170, 90],
  ["F1", "F1", "metric", 5, 2, 0, -110],
  ["accuracy", "accuracy", "metric", 6, 2, 30, -140],
  ["BLEU", "BLEU", "metric", 2, 2, -30, -150.75],
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

function nodeAttributes([, label, type, count, community, x, y]: NodeRow): NodeAttributes {
  const attributes: NodeAttributes = {
    label,
    type,
    count,
    community,
    community_label: COMMUNITY_LABELS[community] ?? "",
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

/** A realistic small map: three communities, years, aliases, and one hostile label. */
export function fixtureDoc(): MapDocument {
  return {
    fieldmap: {
      version: 1,
      title: `Fixture map: attention <& graphs>`,
      created: "2024-05-17",
      communities: COMMUNITY_LABELS.map((label, id) => ({
        id,
        label,
        color: COMMUNITY_COLORS[id] ?? "#999999",
        size: NODES.filter((n) => n[4] === id).length,
        top: NODES.filter((n) => n[4] === id).map((n) => n[0]).slice(0, 3),
      })),
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
        attributes: { weight, strength },
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
    ],
  };
}
