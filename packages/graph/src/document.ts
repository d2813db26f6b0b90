import type Graph from "graphology";
import type { Paper } from "@fieldmap/corpus";
import type { Entity, Mention } from "@fieldmap/extract";
import type { CommunityInfo, EdgeAttributes, Evidence, GenericEntity, MapDocument, MapPaper, MapRelation, NodeAttributes } from "./types";

export interface MapDocumentInput {
  graph: Graph;
  papers: readonly Paper[];
  entities: readonly Entity[];
  mentions: readonly Mention[];
  /**
   * The entity id of each mention, as normaliseCorpus assigned it (parallel to `mentions`).
   * Without it, a mention is matched to an entity by its folded name and aliases.
   */
  mentionEntities?: readonly (string | undefined)[];
  communities: CommunityInfo[];
  modularity: number;
  /** Entities kept off the map as generic: listed in the document, searchable, in papers[].entities. */
  generic?: readonly GenericEntity[];
  /** The clusters relevance was judged on, by entity (judged-clusters.ts): written for an update of the map. */
  judged?: ReadonlyMap<string, readonly number[]>;
  title: string;
  created: string;
  options?: Record<string, unknown>;
  /** Typed relations aggregated over the corpus (aggregateRelations); written as `relations`. */
  relations?: readonly MapRelation[];
  /** paperEntities(this input), when the build has made it already. */
  paperEntities?: PaperEntities;
}

/** `object` with the same members, its keys in sorted order. */
function sortedCopy<T extends object>(object: T): T {
  const copy = {} as T;
  for (const key of Object.keys(object).sort() as Array<keyof T>) copy[key] = object[key];
  return copy;
}

/** Folds case and punctuation so a mention can be matched to its entity's name or alias. */
export function foldName(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.'"’]+/g, "");
}

/**
 * graph.json: graphology's serialisation plus what the viewer needs to explain a node
 * (papers, and for each entity the sentence it appears in).
 */
export function toMapDocument(input: MapDocumentInput): MapDocument {
  const { graph } = input;
  // Straight from the graph, not through graph.export(): that copies each node's and edge's
  // attributes once more, 150,000 objects on a map of 100k papers.
  const nodes: MapDocument["graph"]["nodes"] = [];
  graph.forEachNode((key, attributes) => void nodes.push({ key, attributes: { ...attributes } as NodeAttributes }));
  const edges: MapDocument["graph"]["edges"] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    // The only edges of the graph, the ones that cluster and lay out the map; relations are apart.
    // Keys in sorted order (graph.json's), as the papers': the writer then need not copy them.
    edges.push({ attributes: sortedCopy({ ...(attributes as EdgeAttributes), kind: "cooccurrence" as const }), source, target });
  });
  return {
    fieldmap: {
      version: 1,
      title: input.title,
      created: input.created,
      communities: input.communities,
      modularity: Math.round(input.modularity * 1e4) / 1e4,
      ...(input.generic && input.generic.length > 0 ? { generic: [...input.generic] } : {}),
      ...(input.judged && input.judged.size > 0 ? { judged: Object.fromEntries([...input.judged].map(([id, clusters]) => [id, [...clusters]])) } : {}),
      ...(input.options ? { options: input.options } : {}),
    },
    graph: {
      options: { type: "undirected", multi: false, allowSelfLoops: false },
      nodes,
      edges,
    },
    papers: mapPapers(input),
    ...(input.relations ? { relations: [...input.relations] } : {}),
  };
}

/**
 * Each paper's entities on the map (nodes and generic entities) in reading order, with its
 * mentions: what graph.json's papers are made of, and what the time analysis reads of them. A
 * build makes it once, as soon as the map is built, so the time analysis can start on another
 * thread while the papers are written (apps/cli pipeline.ts).
 */
export interface PaperEntities {
  /** By paper, in the order of the input's papers. */
  entities: Entity[][];
  mentions: PaperMentions[];
}

export function paperEntities(input: Pick<MapDocumentInput, "graph" | "papers" | "entities" | "mentions" | "mentionEntities" | "generic">): PaperEntities {
  const genericIds = new Set((input.generic ?? []).map((g) => g.id));
  const inGraph = input.entities.filter((e) => input.graph.hasNode(e.id) || genericIds.has(e.id));
  const entitiesByPaper = new Map<string, Entity[]>();
  for (const entity of inGraph) {
    for (const paperId of entity.papers) {
      const list = entitiesByPaper.get(paperId) ?? [];
      list.push(entity);
      entitiesByPaper.set(paperId, list);
    }
  }
  // Each paper's mentions as indexes into input.mentions (one number each, not a wrapper object:
  // a million papers have some ten million mentions).
  const mentionsByPaper = new Map<string, number[]>();
  input.mentions.forEach((mention, i) => {
    const list = mentionsByPaper.get(mention.paperId);
    if (list) list.push(i);
    else mentionsByPaper.set(mention.paperId, [i]);
  });
  const mentions = input.papers.map((paper) => new PaperMentions(input, mentionsByPaper.get(paper.id) ?? []));
  const entities = input.papers.map((paper, i) => inReadingOrder(entitiesByPaper.get(paper.id) ?? [], mentions[i]!));
  return { entities, mentions };
}

function mapPapers(input: MapDocumentInput): MapPaper[] {
  const byPaper = input.paperEntities ?? paperEntities(input);
  return input.papers.map((paper, i) => {
    const mentions = byPaper.mentions[i]!;
    const entities = byPaper.entities[i]!;
    const proposes = proposedEntities(entities, mentions);
    // Keys in sorted order (graph.json's), so the writer need not copy a million objects to sort
    // them; set one by one, as spreading a small object per optional key cost 4 us a paper.
    const out: Partial<MapPaper> = {};
    if (paper.arxivId) out.arxivId = paper.arxivId;
    if (paper.date) out.date = paper.date;
    out.entities = entities.map((e) => e.id);
    out.evidence = entities.flatMap((e) => evidenceFor(e, mentions, paper));
    out.id = paper.id;
    if (proposes.length > 0) out.proposes = proposes;
    if (paper.sourceId !== undefined) out.source_id = paper.sourceId;
    out.title = paper.title;
    if (paper.url) out.url = paper.url;
    if (paper.year !== undefined) out.year = paper.year;
    return out as MapPaper;
  });
}

/** One paper's mentions, in extraction order, each with the entity normalisation assigned it. */
export class PaperMentions {
  constructor(
    private readonly input: Pick<MapDocumentInput, "mentions" | "mentionEntities">,
    private readonly indexes: readonly number[],
  ) {}

  private firstPositions?: { assigned: Map<string, number>; unassigned: number[] };

  /** Each mention with its entity, in order (a callback, not an iterator: no object per mention). */
  forEach(visit: (mention: Mention, entity: string | undefined) => void): void {
    const { mentions, mentionEntities } = this.input;
    for (const i of this.indexes) visit(mentions[i]!, mentionEntities?.[i]);
  }

  mentionAt(position: number): Mention {
    return this.input.mentions[this.indexes[position]!]!;
  }

  /**
   * Where (position in this paper's list) each entity is first assigned, and the positions of
   * the mentions normalisation assigned to none: one pass per paper, instead of one per entity.
   */
  firsts(): { assigned: Map<string, number>; unassigned: number[] } {
    if (this.firstPositions) return this.firstPositions;
    const assigned = new Map<string, number>();
    const unassigned: number[] = [];
    this.indexes.forEach((i, position) => {
      const entity = this.input.mentionEntities?.[i];
      if (entity === undefined) unassigned.push(position);
      else if (!assigned.has(entity)) assigned.set(entity, position);
    });
    this.firstPositions = { assigned, unassigned };
    return this.firstPositions;
  }
}

/**
 * A paper's entities in the order the paper first names them (title first), id as tie-break:
 * what the title names is what the paper is about.
 */
function inReadingOrder(entities: Entity[], mentions: PaperMentions): Entity[] {
  // Each entity's first mention, from the per-paper pass the evidence reads too.
  const { assigned } = mentions.firsts();
  return entities.sort((a, b) => firstStart(a, assigned, mentions) - firstStart(b, assigned, mentions) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// Module functions, not closures made for each paper or entity: the TypeScript loader names
// every function a constant holds when it is made, a call each time (a million at 100k papers).
function firstStart(entity: Entity, assigned: ReadonlyMap<string, number>, mentions: PaperMentions): number {
  const at = assigned.get(entity.id);
  return at === undefined ? Infinity : mentions.mentionAt(at).start;
}

/** The paper's entities (in reading order) that one of its mentions introduces ("we propose X"). */
function proposedEntities(entities: readonly Entity[], mentions: PaperMentions): string[] {
  const proposed = new Set<string | undefined>();
  mentions.forEach((mention, entity) => void (mention.proposed && proposed.add(entity)));
  return entities.filter((e) => proposed.has(e.id)).map((e) => e.id);
}

/** The first mention of the entity in the paper, as its sentence plus offsets in it. */
function evidenceFor(entity: Entity, mentions: PaperMentions, paper: Pick<Paper, "title" | "abstract">): Evidence[] {
  // Folded names, made only for a mention normalisation did not assign (most are assigned).
  let keys: Set<string> | undefined;
  // The paper's first mention of the entity: the first assigned to it, unless a mention assigned
  // to none comes earlier and carries one of its names.
  const { assigned, unassigned } = mentions.firsts();
  const at = assigned.get(entity.id);
  const earlier = unassigned.find((position) => {
    if (at !== undefined && position >= at) return false;
    keys ??= new Set([entity.name, ...entity.aliases].map(foldName));
    return carriesName(mentions.mentionAt(position), keys);
  });
  const position = earlier ?? at;
  if (position === undefined) return [];
  const mention = mentions.mentionAt(position);
  const start = offsetInSentence(mention, paper);
  // Keys in sorted order, as in mapPapers.
  if (start < 0) return [{ end: 0, entity: entity.id, sentence: mention.sentence, start: 0 }];
  return [{ end: start + mention.surface.length, entity: entity.id, sentence: mention.sentence, start }];
}

/**
 * Where the mention starts inside its sentence: from its own offsets when the sentence is found
 * around it in the paper text, else its first whole-word occurrence (never the "GRPO" inside
 * "Fast-GRPO" when a separate "GRPO" is meant).
 */
function offsetInSentence(mention: Mention, paper: Pick<Paper, "title" | "abstract">): number {
  const sentenceStart = sentenceStartOf(mention, paper);
  if (sentenceStart >= 0 && mention.start + mention.surface.length <= sentenceStart + mention.sentence.length) {
    return mention.start - sentenceStart;
  }
  const escaped = mention.surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const whole = new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, "u").exec(mention.sentence);
  return whole ? whole.index : mention.sentence.indexOf(mention.surface);
}

function carriesName(mention: Mention, keys: ReadonlySet<string>): boolean {
  return keys.has(foldName(mention.canonical)) || keys.has(foldName(mention.surface));
}

/**
 * Where the mention's sentence starts in the text extract() read (title, a blank line,
 * abstract; mention offsets index it): the last place at or before the mention, as
 * lastIndexOf in that text gives. Looked for in the title or the abstract the mention is in, so
 * the two are not joined into a new string for each paper (every paper's text copied once
 * more); a sentence with a line break, which could span the blank line, is looked for in the
 * joined text, as is one not found in its part.
 */
function sentenceStartOf(mention: Mention, paper: Pick<Paper, "title" | "abstract">): number {
  if (!mention.sentence.includes("\n")) {
    const abstractStart = paper.title.length + 2;
    const shift = mention.start >= abstractStart ? abstractStart : 0;
    const found = (shift > 0 ? paper.abstract : paper.title).lastIndexOf(mention.sentence, mention.start - shift);
    if (found >= 0) return found + shift;
  }
  return `${paper.title}\n\n${paper.abstract}`.lastIndexOf(mention.sentence, mention.start);
}
