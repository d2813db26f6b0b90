// Patterns of design sentences: builds-on and addresses, from cue verbs and prepositions,
// from the apposition that describes what a paper proposes ("X, a novel RL framework for
// GUI grounding"), and from the title ("X: Multi-Task RL for Medical Video Understanding").
import { DEFINED_HERE } from "./relation-compounds";
import { cueSource } from "./relation-cues";
import { type Item, clauseHas, listAfter, listBefore, namesOwn, negatedCue, objectAfter, ownItem, standsForOwn, subjectBefore } from "./relation-sentence";
import { ACTORS, type ClauseContext, type Found, competitors, cuesIn, implicitOwn, openingCue, pairs, resultTargets, speaksOfTraining, subjectAfterComma } from "./relation-results";
import type { EntityType } from "./types";

export const ADDRESSERS: readonly EntityType[] = ["method", "model", "dataset"];

/** "X builds on Y", "X uses Y", "we leverage Y" (we: the paper's own entity), "a variant of Y". */
export function findBuildsOn(c: ClauseContext): Found[] {
  const found: Found[] = [];
  for (const [start, end] of cuesIn(c, "buildsOn")) {
    if (negatedCue(c.s.text, start)) continue;
    const tails = [...objectAfter(c.s, c.clause, end, ACTORS, 50), ...enumeratedAfter(c, end)];
    if (tails.length === 0) continue;
    const heads = subjectBefore(c.s, c.clause, start, ACTORS, { pronoun: true });
    // A model the clause trains with a method is trained with it ("we train our model using RL").
    const relation = speaksOfTraining(c) ? "trained-with" : "builds-on";
    for (const head of heads) for (const tail of tails) found.push({ relation: head.type === "model" ? relation : "builds-on", head, tail });
  }
  return found;
}

// "incorporates three components: (1) ..., (2) ...", "with 1) a curriculum, 2) a reward model".
const ENUMERATION_START = /^[^.;]{0,40}?(?:^|[\s:,])\(?(?:1|i)\)\s/;
const ENUMERATION_MARK = /(?:^|[\s:,;])\(?(?:\d|i{1,3}|iv|v)\)\s+/g;

/** The first method or model of each item of an enumeration that starts right after a cue. */
function enumeratedAfter(c: ClauseContext, end: number): Item[] {
  const rest = c.s.text.slice(end);
  if (!ENUMERATION_START.test(rest)) return [];
  // Enumerations run across semicolons, so they are read over the whole sentence.
  const sentence = { start: 0, end: c.s.text.length, items: c.s.items };
  const items: Item[] = [];
  for (const mark of rest.matchAll(ENUMERATION_MARK)) {
    const object = objectAfter(c.s, sentence, end + mark.index + mark[0].length, ACTORS, 50)[0];
    if (object && !items.includes(object)) items.push(object);
  }
  return items;
}

/** "Built on A and B, our approach ...", "Leveraging X, we ...": the cue opens the clause, the subject follows. */
export function findOpeningParticiple(c: ClauseContext): Found[] {
  const opening = openingCue(c, "buildsOn");
  if (!opening) return [];
  const tails = objectAfter(c.s, c.clause, opening[1], ACTORS, 40);
  const last = tails.at(-1);
  const head = last && subjectAfterComma(c, last, (i) => standsForOwn(i) && ACTORS.includes(i.type));
  if (!head) return [];
  const relation = head.type === "model" ? "trained-with" : "builds-on";
  return tails.map((tail) => ({ relation, head, tail }));
}

/** A proposed name made from another's: "Fast-GRPO" builds on GRPO, "TOV-VICReg" on VICReg. */
export function findDerivedNames(c: ClauseContext): Found[] {
  const found: Found[] = [];
  for (const named of c.clause.items.filter((i) => i.proposed && !i.reference && ACTORS.includes(i.type))) {
    const parts = named.canonical.split("-");
    if (parts.length < 2) continue;
    for (const base of c.clause.items) {
      if (base.proposed || !ACTORS.includes(base.type) || base.canonical === named.canonical) continue;
      if (parts.includes(base.canonical)) found.push({ relation: "builds-on", head: named, tail: base });
    }
  }
  return found;
}

// The kinds of part a method is made of, named right after the part: "a Global-Local Decoupling (GLD)
// module decomposes ...", "the Selecting-Tuning-Maintaining (STM) strategy".
const PART_KINDS = ["module", "component", "block", "layer", "mechanism", "encoder", "decoder", "head", "controller", "generator", "branch", "network", "unit", "strategy", "scheme", "stage", "loss", "adapter", "planner", "enhancer", "simulator"];
const PART_NOUN = new RegExp(`^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:${PART_KINDS.join("|")})s?\\b`, "i");

// The endings of a field's architectures and a system's standard units, and plurals (classes).
const FIELD_ARCHITECTURE = /(?:Networks?|Units?|Layers?|Models?|Memory|Perceptrons?|s)$/;

/** An own entity's mention before `item` in the sentence, with `gap` between them and `opening` before it. */
function ownBefore(c: ClauseContext, item: Item, gap: RegExp, opening?: RegExp): boolean {
  return c.s.items.some((own) => own.end <= item.start && standsForOwn(own) && gap.test(c.s.text.slice(own.end, item.start)) && (!opening || opening.test(c.s.text.slice(Math.max(0, own.start - 6), own.start))));
}

// "In ZetaPO, we introduce ...": the own entity's mention, then the proposal of the part.
const IN_BEFORE_OWN = /\bin\s+$/i;
const PROPOSED_IN = /^\s*,\s*we\s+(?:\w+ly\s+|further\s+|also\s+)?(?:introduce|propose|design|develop|present|build|add)\s+(?:an?\s+|the\s+)?(?:novel\s+|new\s+)?$/i;

// A proposed name that ends in the kind of a part, in capitals: "the Cousin Trajectory Generator",
// "a Scene-Object Controller", "the Panoramic Enhancer".
const PART_NAME = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)*\\s(?:${PART_KINDS.map((k) => k[0]!.toUpperCase() + k.slice(1)).join("|")})s?$`, "u");

// What describes or names the own entity: "GAME, a ...", "a novel framework named ...".
const APPOSITIVE_GAP = /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
const NAMED_BEFORE = /\b(?:named|called|dubbed|termed)\s+(?:the\s+)?$/i;

function describesOwn(c: ClauseContext, item: Item): boolean {
  return NAMED_BEFORE.test(c.s.text.slice(Math.max(0, item.start - 20), item.start)) || ownBefore(c, item, APPOSITIVE_GAP);
}

// "the existing", "a conventional ...": words that set a method in others' work (relations.json).
const PRIOR_WORK = new RegExp(`${cueSource("priorWork")}\\s+(?:[\\w-]+\\s+){0,2}$`, "i");

/**
 * A method the paper proposes and names as a part is a part of the paper's own entity, which
 * builds on it. Only a part named so: of the other methods a paper proposes, as many are the own
 * entity's base or a rival as its parts (the thirty-ninth session measured them all at 6 right for 4
 * wrong); named as a part, 9 of 10 in the tuned gold are. A part defined where it is named ("a
 * Global-Local Decoupling (GLD) module decomposes ...") is the paper's too, though no proposal cue
 * marks it: an abstract defines the short forms of the parts it is about, which are its own.
 */
export function findOwnParts(c: ClauseContext): Found[] {
  const own = c.own;
  if (!own || !ACTORS.includes(own.type)) return [];
  // The clause's competitors, read only for a defined part (few clauses have one).
  let rivals: Set<Item> | undefined;
  const parts = c.clause.items.filter((i) => {
    if (i.reference || i.type !== "method" || i.canonical.includes(own.canonical) || own.canonical.includes(i.canonical)) return false;
    const after = c.s.text.slice(i.end, i.end + 40);
    // "In ZetaPO, we introduce ReconSimulator": what is introduced in the own entity is its part.
    if (i.proposed && ownBefore(c, i, PROPOSED_IN, IN_BEFORE_OWN)) return true;
    // "we propose a Scene-Object Controller (SOC)", "the Cousin Trajectory Generator (CTG) is
    // proposed": the part's kind closes its own name. Not the own entity's own description: "we
    // propose GAME, a Graph-Augmented Multimodal Encoder".
    const surface = c.s.text.slice(i.start, i.end);
    const partNoun = PART_NOUN.test(after);
    if (!partNoun && !(PART_NAME.test(surface) && !describesOwn(c, i))) return false;
    if (i.proposed) return true;
    // Defined where it is named, with no proposal cue, a network or a unit is as often the field's
    // ("Graph Neural Networks (GNNs)", "a Feed-Forward Network (FFN)", "the Centralized Unit (CU)")
    // as the paper's part.
    if (!partNoun && FIELD_ARCHITECTURE.test(surface)) return false;
    // "outperforms the existing Preserve-First-N (PFN) strategy": a rival's part, defined to be beaten.
    return DEFINED_HERE.test(after) && !PRIOR_WORK.test(c.s.text.slice(Math.max(0, i.start - 30), i.start)) && !(rivals ??= competitors(c)).has(i);
  });
  return pairs("builds-on", [ownItem(own, 0, 0, "implicit")], parts);
}

// "A and B as the backbone", "with Qwen2.5-7B as the base model".
const AS_BACKBONE = /^\s*(?:\([^()]*\)\s*)?as\s+(?:the|our|a|its|their)\s+(?:base\s+model|backbone|base|policy\s+model|initiali[sz]ation|starting\s+point)s?\b/i;

/** "... Qwen-2.5-7B as the backbone, our model X ...": the own entity builds on the backbone. */
export function findBackbone(c: ClauseContext): Found[] {
  const found: Found[] = [];
  const own = c.clause.items.filter((i) => (i.proposed || (i.reference && i.reference !== "pronoun")) && ACTORS.includes(i.type));
  c.clause.items.forEach((item) => {
    if (item.type !== "model" || item.proposed || !AS_BACKBONE.test(c.s.text.slice(item.end))) return;
    // The subject after the backbone phrase ("..., our model X outperforms"), else the one before.
    const heads = [own.find((i) => i.start > item.end) ?? own.filter((i) => i.end <= item.start).at(-1)].filter((i) => i !== undefined);
    found.push(...pairs("builds-on", heads, listBefore(c.s, c.clause, item, ["model"])));
  });
  return found;
}

/** "X for GUI grounding", "X tackles Y", "X improves reasoning"; "AZR achieves SOTA on coding tasks". */
export function findAddresses(c: ClauseContext): Found[] {
  const found: Found[] = [];
  for (const [start, end] of cuesIn(c, "addresses")) {
    if (negatedCue(c.s.text, start)) continue;
    const tails = objectAfter(c.s, c.clause, end, ["task"], 40);
    // "for privileged planning in autonomous driving": the domain the task sits in is addressed too.
    const last = tails.at(-1);
    if (last && /^\s+in\s+$/i.test(c.s.text.slice(last.end, last.end + 4))) tails.push(...objectAfter(c.s, c.clause, last.end + 4, ["task"], 10));
    if (tails.length > 0) found.push(...pairs("addresses", subjectBefore(c.s, c.clause, start, ADDRESSERS, { pronoun: true, maxGap: 60 }), tails));
  }
  if (clauseHas(c.s, c.clause, "results")) {
    const tasks = resultTargets(c, ["task"]);
    // The own name or "our method"; a pronoun only as the subject of the result ("we find that X ..." is X's).
    const own = c.clause.items.filter((i) => ADDRESSERS.includes(i.type) && namesOwn(i));
    if (tasks.length > 0) found.push(...pairs("addresses", own.length > 0 ? own : (resultSubject(c, tasks[0]!) ?? implicitOwn(c, ADDRESSERS)), tasks));
  }
  return [...found, ...findBenchmarkTasks(c), ...findCapabilities(c)];
}

/**
 * The method or model a results clause names as its subject, before its first result verb and the
 * task: "We find that pretrained PLUM outperforms existing segmenting LMMs on reasoning
 * segmentation" is PLUM's result, not the paper's benchmark's.
 */
function resultSubject(c: ClauseContext, task: Item): Item[] | undefined {
  const cue = cuesIn(c, "results").find(([start]) => start < task.start);
  if (!cue) return undefined;
  const subjects = subjectBefore(c.s, c.clause, cue[0], ADDRESSERS, { pronoun: true, maxGap: 40 });
  // Models "trained with" a method before the result verb report the method's result.
  if (subjects.length === 0 || cuesIn(c, "trainedWith").some(([start]) => start > subjects.at(-1)!.end && start < cue[0])) return undefined;
  return subjects;
}

// What a system is shown to be able to do: "exhibits exceptional mathematical reasoning and OCR
// capabilities", "possesses strong spatial reasoning skills".
const SHOWS = /\b(?:exhibits?|exhibiting|shows?|showing|showcases?|demonstrates?|demonstrating|possess(?:es)?|displays?)\s+(?:[\w-]+\s+){0,3}$/i;
const ABILITY_AFTER = /^\s+(?:capabilit(?:y|ies)|abilit(?:y|ies)|skills?)\b/i;

/** The tasks a system is shown to be able to do, in a list closed by "capabilities" or "skills". */
function findCapabilities(c: ClauseContext): Found[] {
  const found: Found[] = [];
  c.clause.items.forEach((task) => {
    const shows = task.type === "task" ? SHOWS.exec(c.s.text.slice(Math.max(c.clause.start, task.start - 60), task.start)) : null;
    if (!shows) return;
    const tasks = listAfter(c.s, c.clause, task, ["task"]);
    if (!ABILITY_AFTER.test(c.s.text.slice(tasks.at(-1)!.end))) return;
    const verb = task.start - shows[0].length;
    found.push(...pairs("addresses", subjectBefore(c.s, c.clause, verb, ADDRESSERS, { pronoun: true, maxGap: 40 }), tasks));
  });
  return found;
}

const TASK_THEN_DATASETS = /^\s*(?:tasks?|benchmarks?|datasets?|suites?)?\s*(?:,\s*)?(?:such\s+as|including|like|e\.g\.,?|namely|\(|:)\s*(?:the\s+)?$/i;

/** "math benchmarks such as AIME and MATH-500", "GUI automation tasks (AndroidControl)": the datasets address the task. */
function findBenchmarkTasks(c: ClauseContext): Found[] {
  const found: Found[] = [];
  c.clause.items.forEach((task, k) => {
    const next = c.clause.items[k + 1];
    if (task.type !== "task" || next?.type !== "dataset") return;
    const gap = c.s.text.slice(task.end, next.start);
    // A dataset named in a bracket ("(ScreenSpot-series benchmarks)") need not be followed by "such as".
    if (TASK_THEN_DATASETS.test(gap) || /^\s*(?:tasks?|benchmarks?)?\s*\($/.test(gap.trimEnd())) {
      found.push(...pairs("addresses", listAfter(c.s, c.clause, next, ["dataset"]), [task]));
    }
  });
  return found;
}

const APPOSITION_NOUN = cueSource("apposition");
// "X, a novel RL framework", "X (Region Consistency), a test-time scaling method", "X is a benchmark".
const APPOSITION_AFTER = new RegExp(`^\\s*(?:\\([^()]{0,80}\\)\\s*)?(?:,\\s*|\\s+(?:is|are)\\s+)(?:a|an|the)\\s+[^,;.()]{0,80}?${APPOSITION_NOUN}`, "i");
// "a multi-turn online RL approach, SCoRe", "an algorithm, LaSeR".
const APPOSITION_BEFORE = new RegExp(`\\b(?:a|an|the)\\s+[^,;.()]{0,80}?${APPOSITION_NOUN}\\s*,?\\s*(?:called\\s+|named\\s+|dubbed\\s+)?$`, "i");

/**
 * The description of a proposed entity: methods and models named in it are what it builds on
 * ("a decision transformer-based recommendation model"), tasks what it addresses ("a VLN framework").
 */
export function findApposition(c: ClauseContext): Found[] {
  const found: Found[] = [];
  for (const subject of c.clause.items.filter((i) => i.proposed && !i.reference && ADDRESSERS.includes(i.type))) {
    const after = APPOSITION_AFTER.exec(c.s.text.slice(subject.end, c.clause.end));
    const before = APPOSITION_BEFORE.exec(c.s.text.slice(c.clause.start, subject.start));
    const spans: [number, number][] = [];
    if (after) spans.push([subject.end, subject.end + after[0].length]);
    if (before) spans.push([c.clause.start + before.index, subject.start]);
    for (const [from, to] of spans) found.push(...describedBy(c, subject, from, to));
    if (after) found.push(...purposeOf(c, subject, subject.end + after[0].length));
  }
  return found;
}

// What a description goes on to say its subject is for: "a generic self-supervised post-training
// framework designed to strengthen visual understanding", "a series of open-source language models
// that set a new state-of-the-art in automated theorem proving".
const PURPOSE_AFTER = /^\s*,?\s*(?:(?:designed|tailored|built|developed|intended|aimed)\s+(?:to|for|at)|for|to|that|which)\b[^;:]{0,120}/i;

/** The tasks a description's purpose clause names, which its subject addresses. */
function purposeOf(c: ClauseContext, subject: Item, from: number): Found[] {
  const purpose = PURPOSE_AFTER.exec(c.s.text.slice(from, c.clause.end));
  if (!purpose) return [];
  const to = from + purpose[0].length;
  return c.clause.items.filter((i) => i.type === "task" && i.start >= from && i.end <= to && !negatedCue(c.s.text, i.start)).map((tail) => ({ relation: "addresses" as const, head: subject, tail }));
}

function describedBy(c: ClauseContext, subject: Item, from: number, to: number): Found[] {
  const inside = c.clause.items.filter((i) => i.start >= from && i.end <= to && i !== subject && !i.reference);
  const found: Found[] = [];
  for (const item of inside) {
    if (item.type === "task" && subject.type !== "dataset") found.push({ relation: "addresses", head: subject, tail: item });
    else if (ACTORS.includes(item.type) && ACTORS.includes(subject.type) && !item.proposed) found.push({ relation: "builds-on", head: subject, tail: item });
  }
  return found;
}

/** The proposed name before a title's colon ("MedGRPO: ..."), if any. */
export function titleName(c: ClauseContext): Item | undefined {
  const colon = c.s.text.indexOf(":");
  return colon > 0 ? c.clause.items.find((i) => i.end <= colon && i.proposed && ADDRESSERS.includes(i.type)) : undefined;
}

// "Promoting Efficient Reasoning with X", "Multi-Domain Reasoning via Reinforcement Learning".
const TITLE_MEANS = /^\s*(?:via|through|with|using|by)\s+$/i;

/**
 * The title: the name before its colon is the paper's own entity; the methods after the
 * colon are what it builds on and the tasks what it addresses. A title without a name
 * states "<task> via <method>".
 */
export function findTitle(c: ClauseContext): Found[] {
  const { s, clause } = c;
  const colon = s.text.indexOf(":");
  const named = titleName(c);
  if (named) {
    const rest = clause.items.filter((i) => i.start > colon && !i.proposed);
    // A model is trained with the methods its title names; a method builds on them.
    const relation = named.type === "model" ? "trained-with" : "builds-on";
    // Pushed, not map()ped and spread (see splitClauses): tasks first, then methods.
    const found: Found[] = [];
    for (const tail of rest) if (tail.type === "task") found.push({ relation: "addresses", head: named, tail });
    if (ACTORS.includes(named.type)) for (const tail of rest) if (tail.type === "method") found.push({ relation, head: named, tail });
    return found;
  }
  const found: Found[] = [];
  clause.items.forEach((task, k) => {
    const means = clause.items[k + 1];
    if (task.type === "task" && means?.type === "method" && TITLE_MEANS.test(s.text.slice(task.end, means.start))) {
      found.push({ relation: "addresses", head: means, tail: task });
    }
  });
  return [...found, ...ownEntityInTitle(c)];
}

/**
 * A title that names no entity of its own still says what the paper's own one is for and made
 * of: "Reinforcement Learning for Long-Horizon Interactive LLM Agents" titles the paper that
 * proposes LOOP, which addresses the task and builds on reinforcement learning (a model is
 * trained with it). Not what the title sets aside ("without", "beyond", "instead of").
 */
function ownEntityInTitle(c: ClauseContext): Found[] {
  const { own } = c;
  if (!own || !ADDRESSERS.includes(own.type)) return [];
  const head = c.clause.items.find((i) => i.canonical === own.canonical) ?? ownItem(own, 0, 0, "implicit");
  const found: Found[] = [];
  for (const tail of c.clause.items) {
    if (tail.canonical === own.canonical || tail.proposed || negatedCue(c.s.text, tail.start) || SET_ASIDE.test(c.s.text.slice(Math.max(0, tail.start - 12), tail.start))) continue;
    if (tail.type === "task" && own.type !== "dataset") found.push({ relation: "addresses", head, tail });
    // A method only as the means the title names: "... via Reinforcement Learning", "... with Self-Play"
    // (a title's other methods are as often the setting the paper studies: "Reward Hacking in RLHF").
    else if (tail.type === "method" && ACTORS.includes(own.type) && TITLE_MEANS_BEFORE.test(c.s.text.slice(Math.max(0, tail.start - 40), tail.start))) {
      found.push({ relation: own.type === "model" ? "trained-with" : "builds-on", head, tail });
    }
  }
  return found;
}

// The preposition of a title's means, and the words of a list of them after it: "via Decomposed Chain-of-Thoughts and Multi-dimensional Rewards".
const TITLE_MEANS_BEFORE = /\b(?:via|through|with|using|by)\s+(?:[\w-]+\s+){0,4}(?:(?:and|&|,)\s+(?:[\w-]+\s+){0,3})?$/i;

// Words before a title's term that set it aside rather than use it: "Beyond Accuracy", "Rethinking RLHF".
const SET_ASIDE = /\b(?:beyond|rethinking|revisiting|versus|vs\.?|against|than)\s+(?:the\s+)?$/i;
