// What `fieldmap extract` prints, apart from the command: loaded by the command when it runs,
// since the extractor's compromise and tables cost every other command half a second to load.
import type { Paper } from "@fieldmap/corpus";
import { type EntityType, type Mention, type NamedRelation, extractMany, extractRelations, nameRelations, normaliseCorpus } from "@fieldmap/extract";

/** One output line's entity. */
export interface PaperEntity {
  name: string;
  type: string;
  mentions: string[];
  proposed: boolean;
}

/** Groups one paper's mentions by their corpus entity, in order of first appearance. */
export function paperEntities(mentions: Mention[], ids: (string | undefined)[], types: Map<string, string>): PaperEntity[] {
  const byName = new Map<string, PaperEntity>();
  mentions.forEach((mention, i) => {
    const name = ids[i];
    if (name === undefined) return;
    const entity = byName.get(name) ?? { name, type: types.get(name) ?? mention.type, mentions: [], proposed: false };
    if (!entity.mentions.includes(mention.surface)) entity.mentions.push(mention.surface);
    entity.proposed ||= mention.proposed;
    byName.set(name, entity);
  });
  return [...byName.values()];
}

/** Papers' mentions normalised together: each mention's entity, paper by paper, and each entity's type. */
export function normalisePapers(perPaper: Mention[][], options: Parameters<typeof normaliseCorpus>[1] = {}): { ids: (string | undefined)[][]; types: Map<string, EntityType> } {
  const corpus = normaliseCorpus(perPaper.flat(), options);
  let offset = 0;
  const ids = perPaper.map((mentions) => corpus.assignments.slice(offset, (offset += mentions.length)));
  return { ids, types: new Map(corpus.entities.map((e) => [e.id, e.type])) };
}

/** JSONL lines for papers whose mentions were normalised together. */
export function extractLines(papers: Paper[], options: Parameters<typeof normaliseCorpus>[1] = {}): string[] {
  const perPaper = extractMany(papers);
  const { ids: idsByPaper, types } = normalisePapers(perPaper, options);
  return papers.map((paper, index) => {
    const mentions = perPaper[index]!;
    const ids = idsByPaper[index]!;
    const relations: NamedRelation[] = nameRelations(extractRelations(paper, mentions), (i) => {
      const name = ids[i];
      return name === undefined ? undefined : { name, type: types.get(name) ?? mentions[i]!.type };
    });
    // The user's id stays the line's id; a key tells apart papers that shared it (unique-ids.ts).
    const key = paper.sourceId === undefined ? {} : { key: paper.id };
    return JSON.stringify({ id: paper.sourceId ?? paper.id, ...key, title: paper.title, entities: paperEntities(mentions, ids, types), relations });
  });
}
