// addresses read from the purpose that opens a proposal: "To address panoramic distortions in
// wide-FoV video generation, we propose the Panoramic Enhancer (PE)": what the sentence's proposal
// is for is named before its comma.
import { ADDRESSERS } from "./relation-design";
import { type Item, negatedBetween } from "./relation-sentence";
import { type ClauseContext, type Found, cuesIn, pairs } from "./relation-results";

// "To" or "In order to" and at most one adverb before the cue: the clause opens with the purpose.
const TO_BEFORE = /^\s*(?:to|in\s+order\s+to)\s+(?:\w+ly\s+|better\s+|further\s+)?$/i;

/** "To address/tackle/improve ... TASK, we propose X": X (or the paper's own entity, "we") addresses the tasks. */
export function findOpeningPurpose(c: ClauseContext): Found[] {
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
