// Typed relations between the entities of one paper (gold/RELATIONS.md): patterns over each
// sentence's typed mentions, their order and cue words, in the tradition of pattern-based
// scholarly knowledge graphs (Hearst 1992; CS-KG, Dessì et al. 2022) — precision first,
// since a wrong arrow on a map misleads more than a missing one.
import type { Paper } from "@fieldmap/corpus";
import { findAddresses, findApposition, findBackbone, findBuildsOn, findDerivedNames, findOwnParts, findOpeningParticiple, findTitle, titleName } from "./relation-design";
import { type ClauseContext, type Found, findEvaluatedOn, findOutperforms, findTrainedWith } from "./relation-results";
import { findBasedCompounds } from "./relation-compounds";
import { findBenchmarkMeasures, findBenchmarkScores, findMeasuredBy } from "./relation-measures";
import { findOpeningPurpose, findTaskExamples } from "./relation-purpose";
import { containedNames } from "./relation-names";
import { type OwnEntity, type SentenceView, makeSentence } from "./relation-sentence";
import type { EntityType, Mention, NamedRelation, Relation, RelationType } from "./types";

/** Head and tail types each relation allows (RELATIONS.md); concepts take no part. */
export const RELATION_SIGNATURES: Record<RelationType, { head: readonly EntityType[]; tail: readonly EntityType[] }> = {
  "evaluated-on": { head: ["method", "model"], tail: ["dataset"] },
  "trained-with": { head: ["model"], tail: ["method", "dataset"] },
  "builds-on": { head: ["method", "model"], tail: ["method", "model"] },
  outperforms: { head: ["method", "model"], tail: ["method", "model"] },
  addresses: { head: ["method", "model", "dataset"], tail: ["task"] },
  "measured-by": { head: ["dataset", "task", "method", "model"], tail: ["metric"] },
};

export function allowedTypes(relation: RelationType, head: EntityType, tail: EntityType): boolean {
  const signature = RELATION_SIGNATURES[relation];
  return signature.head.includes(head) && signature.tail.includes(tail);
}

const CLAUSE_PATTERNS = [
  findOutperforms,
  findEvaluatedOn,
  findMeasuredBy,
  findBenchmarkScores,
  findBenchmarkMeasures,
  findTrainedWith,
  findBuildsOn,
  findOpeningParticiple,
  findDerivedNames,
  findOwnParts,
  findBasedCompounds,
  findBackbone,
  findAddresses,
  findOpeningPurpose,
  findTaskExamples,
  findApposition,
];

/** What the dedupe of relations reads of a mention or an item. */
type Typed = { canonical: string; type: EntityType };

/**
 * The relations one paper states, from its mentions as extract() returned them (sorted by
 * offset). One relation per (head name, relation, tail name), with the first sentence that
 * states it.
 */
export function extractRelations(paper: Paper, mentions: Mention[]): Relation[] {
  const text = `${paper.title}\n\n${paper.abstract}`;
  const own = ownEntity(mentions, paper.title);
  if (own) own.trains = TRAINING.test(text) && !NO_TRAINING.test(text);
  const relations: Relation[] = [];
  const seen = new Set<string>();
  // One relation per (head, relation, tail) name, of the types the relation allows.
  const isNew = (head: Typed, relation: RelationType, tail: Typed): boolean => {
    const key = `${head.canonical}\u0000${relation}\u0000${tail.canonical}`;
    if (head.canonical === tail.canonical || seen.has(key) || !allowedTypes(relation, head.type, tail.type)) return false;
    seen.add(key);
    return true;
  };
  for (const s of sentencesOf(text, mentions, own, paper.title.length)) {
    for (const { head, tail, relation } of findInSentence(s, own)) {
      if (isNew(head, relation, tail)) relations.push({ paperId: paper.id, relation, head: head.mention, tail: tail.mention, evidence: { sentence: s.text, head: [head.start, head.end], tail: [tail.start, tail.end] } });
    }
  }
  // Names that hold another's are read from the paper's mentions as a whole, after the sentences.
  for (const named of containedNames(paper.id, text, mentions)) {
    if (isNew(mentions[named.head]!, named.relation, mentions[named.tail]!)) relations.push(named);
  }
  return relations;
}

function findInSentence(s: SentenceView, own: OwnEntity | undefined): Found[] {
  const found: Found[] = [];
  // Without a cue word or a proposed name a sentence states no relation the patterns can read.
  const cued = [...(s.cues?.keys() ?? [])].some((list) => list !== "clauseBreaks");
  if (!cued && !s.isTitle && !s.items.some((i) => i.proposed)) return found;
  for (const clause of s.clauses) {
    if (clause.items.length < 2 && !(own && clause.items.length === 1)) continue;
    const c: ClauseContext = { s, clause, own };
    // A title "X: A for B" says what X is and does; its inner prepositions relate A to nothing.
    if (s.isTitle) found.push(...findTitle(c));
    if (s.isTitle && titleName(c)) continue;
    for (const pattern of CLAUSE_PATTERNS) found.push(...pattern(c));
  }
  return found;
}

const MAX_SENTENCE_CHARS = 2000;

/** Mentions grouped by sentence, each sentence located in the text once (mentions are in text order). */
function sentencesOf(text: string, mentions: Mention[], own: OwnEntity | undefined, titleEnd: number): SentenceView[] {
  const views: SentenceView[] = [];
  let group: { index: number; mention: Mention }[] = [];
  let offset = -1;
  const flush = () => {
    const first = group[0];
    // A "sentence" longer than any real one is text without sentence breaks: the patterns
    // compare items pairwise, so it is skipped to keep the cost linear in the text.
    if (first && first.mention.sentence.length <= MAX_SENTENCE_CHARS) views.push(makeSentence(first.mention.sentence, offset, offset < titleEnd, group, own));
    group = [];
  };
  mentions.forEach((mention, index) => {
    const current = group[0]?.mention;
    if (current && current.sentence === mention.sentence && mention.start < offset + current.sentence.length) {
      group.push({ index, mention });
      return;
    }
    flush();
    // The sentence is the one holding the mention: search back from it, not from the start.
    offset = text.lastIndexOf(mention.sentence, mention.start);
    group.push({ index, mention });
  });
  flush();
  return views.filter((v) => v.offset >= 0);
}

// A paper that trains models, so that the models its results name were trained with its method
// ("EMPO boosts the accuracy of Qwen2.5-Math-7B"), unlike a testing method's or a training-free
// one's ("the effectiveness of GUARD on seven LLMs, including Vicuna-13B", "lightweight backbones
// (e.g., QWQ-32B)": tested or built on, not trained).
const TRAINING = /\b(?:train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|post-train(?:s|ed|ing)?|reinforcement learning|RL)\b/i;
const NO_TRAINING = /\btraining-free\b|\bwithout\s+(?:any\s+)?(?:additional\s+|extra\s+|further\s+)?(?:training|fine-?tuning)\b/i;

const OWN_TYPES: readonly EntityType[] = ["method", "model", "dataset"];

/**
 * The paper's own entity: the proposed name before the title's colon, else the proposed
 * name the paper repeats most (first in the text on a tie).
 */
export function ownEntity(mentions: Mention[], title: string): OwnEntity | undefined {
  const colon = title.indexOf(":");
  // Index loops rather than [mention, index] pairs: the pairs' array changed its elements kind
  // between papers with and without mentions and cost a deoptimisation of the whole function.
  // The name a title opens with is the paper's subject even when it is known: "Goedel-Prover-V2: ...".
  for (let i = 0; colon > 0 && i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start === 0 && m.end <= colon && OWN_TYPES.includes(m.type)) return { mention: i, type: m.type, canonical: m.canonical };
  }
  const counts = new Map<string, number>();
  for (const m of mentions) if (isOwnCandidate(m)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  let best = -1;
  for (let i = 0; i < mentions.length; i++) {
    if (isOwnCandidate(mentions[i]!) && (best < 0 || counts.get(mentions[i]!.canonical)! > counts.get(mentions[best]!.canonical)!)) best = i;
  }
  const chosen = mentions[best];
  return chosen ? { mention: best, type: chosen.type, canonical: chosen.canonical } : undefined;
}

function isOwnCandidate(m: Mention): boolean {
  return m.proposed && OWN_TYPES.includes(m.type);
}

/** A corpus entity for a mention: its normalised name and type, or undefined when it was dropped. */
export type EntityOfMention = (mention: number) => { name: string; type: EntityType } | undefined;

/**
 * Relations by corpus entity name: the form `fieldmap extract` prints and the graph
 * aggregates. Type constraints are checked again on the corpus types (normalisation may
 * retype an entity), and each (head, relation, tail) is kept once per paper.
 */
export function nameRelations(relations: Relation[], entityOf: EntityOfMention): NamedRelation[] {
  const named: NamedRelation[] = [];
  const seen = new Set<string>();
  for (const r of relations) {
    const head = entityOf(r.head);
    const tail = entityOf(r.tail);
    if (!head || !tail || head.name === tail.name || !allowedTypes(r.relation, head.type, tail.type)) continue;
    const key = `${head.name}\u0000${r.relation}\u0000${tail.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    named.push({ head: head.name, relation: r.relation, tail: tail.name, evidence: r.evidence });
  }
  return named;
}
