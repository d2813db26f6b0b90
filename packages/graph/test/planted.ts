import type { Paper } from "@fieldmap/corpus";
import type { Entity } from "@fieldmap/extract";
import { seededRng } from "../src";
import { entity, paper } from "./fixtures";

export interface PlantedCorpus {
  papers: Paper[];
  entities: Entity[];
  /** Entity id -> planted topic (generic entities are absent). */
  topicOf: Map<string, number>;
  /** Entity id -> planted sub-topic, unique across topics. */
  subtopicOf: Map<string, number>;
  generic: string[];
}

export interface PlantedOptions {
  topics: number;
  subtopics: number;
  /** Entities per sub-topic. */
  entitiesPerSubtopic: number;
  papersPerSubtopic: number;
  /** Chance that a paper also names an entity of another topic. */
  noise: number;
  /** Entities every topic uses (like "accuracy" or "LLM"). */
  generic: number;
  seed: number;
}

export const DEFAULT_PLANTED_OPTIONS: PlantedOptions = {
  topics: 8,
  subtopics: 3,
  entitiesPerSubtopic: 6,
  papersPerSubtopic: 25,
  noise: 0.15,
  generic: 4,
  seed: 3,
};

/**
 * A corpus with planted structure: topics made of sub-topics, each paper naming three to five
 * entities of its sub-topic, one or two of its topic's other sub-topics, sometimes one of
 * another topic, and often a generic entity that every topic uses.
 */
export function plantedCorpus(options: Partial<PlantedOptions> = {}): PlantedCorpus {
  const o = { ...DEFAULT_PLANTED_OPTIONS, ...options };
  const rng = seededRng(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const names = (t: number, s: number) => Array.from({ length: o.entitiesPerSubtopic }, (_, i) => `t${t}s${s}e${i}`);
  const mentions = new Map<string, string[]>();
  const name = (id: string, paperId: string) => (mentions.get(id) ?? mentions.set(id, []).get(id)!).push(paperId);
  const generic = Array.from({ length: o.generic }, (_, i) => `generic${i}`);
  const papers: Paper[] = [];
  for (let t = 0; t < o.topics; t++) {
    for (let s = 0; s < o.subtopics; s++) {
      for (let p = 0; p < o.papersPerSubtopic; p++) {
        const id = `t${t}s${s}p${p}`;
        papers.push(paper(id, 2020 + (p % 5)));
        const own = new Set<string>();
        while (own.size < 3 + Math.floor(rng() * 3)) own.add(pick(names(t, s)));
        own.add(pick(names(t, (s + 1 + Math.floor(rng() * (o.subtopics - 1))) % o.subtopics)));
        if (rng() < o.noise) own.add(pick(names((t + 1 + Math.floor(rng() * (o.topics - 1))) % o.topics, pick([0, 1, 2]) % o.subtopics)));
        if (generic.length > 0 && rng() < 0.6) own.add(pick(generic));
        for (const e of own) name(e, id);
      }
    }
  }
  const topicOf = new Map<string, number>();
  const subtopicOf = new Map<string, number>();
  const entities: Entity[] = [];
  for (const [id, paperIds] of [...mentions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    entities.push(entity(id, "method", [...new Set(paperIds)]));
    const m = /^t(\d+)s(\d+)/.exec(id);
    if (m) {
      topicOf.set(id, Number(m[1]));
      subtopicOf.set(id, Number(m[1]) * o.subtopics + Number(m[2]));
    }
  }
  return { papers, entities, topicOf, subtopicOf, generic };
}

/** Mean silhouette of 2-D positions against a labelling (Rousseeuw 1987). */
export function silhouette(points: ReadonlyArray<{ x: number; y: number; label: number }>): number {
  let total = 0;
  for (const p of points) {
    const sums = new Map<number, { d: number; n: number }>();
    for (const q of points) {
      if (q === p) continue;
      const s = sums.get(q.label) ?? { d: 0, n: 0 };
      s.d += Math.hypot(p.x - q.x, p.y - q.y);
      s.n++;
      sums.set(q.label, s);
    }
    const own = sums.get(p.label);
    if (!own || own.n === 0) continue;
    const a = own.d / own.n;
    let b = Infinity;
    for (const [label, s] of sums) if (label !== p.label) b = Math.min(b, s.d / s.n);
    total += b === Infinity ? 0 : (b - a) / Math.max(a, b);
  }
  return total / points.length;
}
