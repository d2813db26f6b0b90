// The words before a title's colon name the paper's own method when the abstract writes them
// again, letter for letter: "Multimodal Doctor-in-the-Loop: A Clinically-Guided ..." and "The
// proposed Multimodal Doctor-in-the-Loop method ...", "Chain of Questions: ...". A catchy lead
// ("Think Twice, Act Once:", "Beyond Quality:") is a phrase the abstract does not repeat.
// One word before the colon is scan-names.ts's; this reads two to four.

import { type PaperContext, claim, isFree } from "./context";
import { isStopPhrase, lookup } from "./lexicon";
import { typeFromLongForm, typeFromShape } from "./typing";

const LEAD = /^([^:;,?!()[\]]+?):\s/;
/** Openers of a phrase about the work, not a name: "Towards Humanoid Robot Autonomy", "From BERT to LLMs". */
const NOT_A_NAME_OPENER = /^(?:Towards?|Beyond|From|Rethinking|Revisiting|On|The|A|An|Why|How|When|What|Is|Are|Can|Do|Does|Benchmarking|Evaluating|Exploring|Understanding|Design|Learning|Improving|Enhancing)$/;

export function scanTitleLeadPhrase(ctx: PaperContext): void {
  const lead = LEAD.exec(ctx.text.slice(0, ctx.titleEnd))?.[1]?.trim();
  if (!lead) return;
  const words = lead.split(/\s+/);
  if (words.length < 2 || words.length > 4 || NOT_A_NAME_OPENER.test(words[0]!) || !/^\p{Lu}/u.test(words[0]!)) return;
  if (!isRepeatedInAbstract(ctx, lead) || isStopPhrase(ctx.lexicon, lead) || lookup(ctx.lexicon, lead)) return;
  // The lead's tokens: from the title's first, which must start the text.
  let last = 0;
  while (last < ctx.tokens.length && ctx.tokens[last]!.end <= lead.length) last++;
  if (ctx.tokens[0]?.start !== 0 || !isFree(ctx, 0, last)) return;
  const type = typeFromShape(lead) ?? typeFromLongForm(lead);
  // A task is written in lower case wherever it is found ("Next Edit Prediction" is next edit prediction).
  claim(ctx, 0, last, { canonical: type === "task" ? lead.toLowerCase() : lead, type, known: false, proposed: type !== "task", rule: "own-name" });
}

/** The lead written again in the abstract as a whole phrase, in the same case (a sentence-case lead also with its first letter small). */
function isRepeatedInAbstract(ctx: PaperContext, lead: string): boolean {
  const body = ctx.text.slice(ctx.titleEnd);
  const forms = /^\p{Lu}[^\p{Lu}]*$/u.test(lead) ? [lead, lead.charAt(0).toLowerCase() + lead.slice(1)] : [lead];
  return forms.some((form) => {
    for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
      if (!/[\p{L}\p{N}-]/u.test(body[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(body[at + form.length] ?? " ")) return true;
    }
    return false;
  });
}
