// addresses read from what a paper says its system is for: the purpose that opens a proposal ("To
// address panoramic distortions in wide-FoV video generation, we propose the Panoramic Enhancer
// (PE)"), and the tasks it names as examples of the tasks its system does.
import { ADDRESSERS } from "./relation-design";
import { type Item, listAfter, namesOwn, negatedBetween } from "./relation-sentence";
import { type ClauseContext, type Found, cuesIn, implicitOwn, pairs } from "./relation-results";

// "To" or "In order to" and at most one adverb before the cue: the clause opens with the purpose.
const TO_BEFORE = /^\s*(?:to|in\s+order\s+to)\s+(?:\w+ly\s+|better\s+|further\s+)?$/i;
const OPENS_TO_OR_IN = /^\s*(?:to|in)\s/i;

/** "To address/tackle/improve ... TASK, we propose X": X (or the paper's own entity, "we") addresses the tasks. */
export function findOpeningPurpose(c: ClauseContext): Found[] {
  // Most clauses open otherwise: the cues are looked up only after "to" or "in".
  if (!OPENS_TO_OR_IN.test(c.s.text.slice(c.clause.start, c.clause.start + 12))) return [];
  const cue = cuesIn(c, "addresses").find(([start]) => TO_BEFORE.test(c.s.text.slice(c.clause.start, start)));
  if (!cue) return [];
  const comma = c.s.text.indexOf(",", cue[1]);
  if (comma < 0 || comma >= c.clause.end) return [];
  const tasks = c.clause.items.filter((i) => i.type === "task" && i.start >= cue[1] && i.end <= comma);
  if (tasks.length === 0 || negatedBetween(c.s.text, cue[0], comma)) return [];
  const proposal = proposalAfter(c, comma);
  return proposal ? pairs("addresses", [proposal], tasks) : [];
}

/** What the clause proposes after the purpose: a name it proposes, else the paper's own entity at the comma ("we", "our method"). */
function proposalAfter(c: ClauseContext, comma: number): Item | undefined {
  const after = c.clause.items.filter((i) => i.start > comma && ADDRESSERS.includes(i.type));
  const named = after.find((i) => i.proposed && !i.reference);
  if (named) return named;
  const own = after[0];
  return own?.reference && own.start - comma <= 30 ? own : undefined;
}

// "downstream tasks never encountered during training, including motion inpainting, ...", "9 action
// understanding tasks, covering coarse prediction, ...": a list of tasks introduced as examples of "tasks".
const TASKS = /tasks/i;
const TASK_EXAMPLES = /\btasks\b[^,;:.()]{0,50}?,?\s*(?:including|such\s+as|like|covering|namely|e\.g\.,?)\s*(?:the\s+)?$/i;

/**
 * The tasks a clause names as examples of the tasks its subject does or was tested on: the paper's
 * own entity or name addresses them ("our model extends its capability to solve downstream tasks
 * never encountered during training, including motion inpainting, joystick teleoperation, and
 * obstacle avoidance"); a clause about others' work names no own subject and gives nothing.
 */
export function findTaskExamples(c: ClauseContext): Found[] {
  if (!TASKS.test(c.s.text.slice(c.clause.start, c.clause.end))) return [];
  const first = c.clause.items.find((i) => i.type === "task" && TASK_EXAMPLES.test(c.s.text.slice(Math.max(c.clause.start, i.start - 70), i.start)));
  if (!first) return [];
  const own = c.clause.items.filter((i) => i.start < first.start && ADDRESSERS.includes(i.type) && namesOwn(i));
  // Else "we" or "our model" must speak in the clause: "these models are trained on extensive data,
  // sufficient for general tasks such as question answering" is about others' models.
  const heads = own.length > 0 ? own : c.clause.items.some((i) => i.reference && i.start < first.start) ? implicitOwn(c, ADDRESSERS) : [];
  return pairs("addresses", heads, listAfter(c.s, c.clause, first, ["task"]));
}
