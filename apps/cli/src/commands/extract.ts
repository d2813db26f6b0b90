import type { Paper } from "@fieldmap/corpus";
import { type EntityType, type Mention, type NamedRelation, extract, extractRelations, nameRelations, normaliseCorpus } from "@fieldmap/extract";
import type { Command } from "../command";
import { UsageError } from "../errors";
import { describeInputs, readInputs } from "../inputs";
import { INPUT_OPTIONS, INPUT_OPTIONS_HELP, parseColumnsOption, parseCommandArgs } from "../options";
import { loadThesaurus } from "../pipeline";
import { formatSkipped } from "../report";

const HELP = `fieldmap extract: print the entities each paper mentions, one JSON line per paper

Usage: fieldmap extract <inputs>... [options]

Each line: {"id", "title", "entities": [{"name", "type", "mentions", "proposed"}],
"relations": [{"head", "relation", "tail", "evidence"}]}; names are normalised over all inputs
together, "mentions" are the surface forms as written; a relation's head and tail are names of
the line's entities, its evidence the sentence that states it with both sides' offsets in it.

Options:
${INPUT_OPTIONS_HELP}
`;

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

/** JSONL lines for papers whose mentions were normalised together. */
export function extractLines(papers: Paper[], options: Parameters<typeof normaliseCorpus>[1] = {}): string[] {
  const perPaper = papers.map((paper) => extract(paper));
  const corpus = normaliseCorpus(perPaper.flat(), options);
  const types = new Map(corpus.entities.map((e) => [e.id, e.type]));
  let offset = 0;
  return papers.map((paper, index) => {
    const mentions = perPaper[index]!;
    const ids = corpus.assignments.slice(offset, offset + mentions.length);
    offset += mentions.length;
    const relations: NamedRelation[] = nameRelations(extractRelations(paper, mentions), (i) => {
      const name = ids[i];
      return name === undefined ? undefined : { name, type: (types.get(name) ?? mentions[i]!.type) as EntityType };
    });
    // The user's id stays the line's id; a key tells apart papers that shared it (unique-ids.ts).
    const key = paper.sourceId === undefined ? {} : { key: paper.id };
    return JSON.stringify({ id: paper.sourceId ?? paper.id, ...key, title: paper.title, entities: paperEntities(mentions, ids, types), relations });
  });
}

export const extractCommand: Command = {
  name: "extract",
  summary: "print the entities each paper mentions (JSONL)",
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs("extract", argv, INPUT_OPTIONS);
    if (positionals.length === 0) throw new UsageError("extract: no inputs given (usage: fieldmap extract <inputs>...)");
    const thesaurus = await loadThesaurus(values.thesaurus, io.cwd);
    const input = await readInputs(positionals, {
      cwd: io.cwd,
      format: values.format,
      columns: parseColumnsOption(values.columns),
    });
    // stdout carries the JSONL; what was read and skipped goes to stderr so nothing is lost silently.
    io.stderr(`${[describeInputs(input), ...formatSkipped(input.skipped)].join("\n")}\n`);
    const lines = extractLines(input.papers, thesaurus ? { thesaurus } : {});
    io.stdout(lines.length === 0 ? "" : `${lines.join("\n")}\n`);
    return 0;
  },
};
