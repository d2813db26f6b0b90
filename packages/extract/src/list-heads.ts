// A plural kind, then the names of its members: "two unlearning benchmarks, TOFU and MUSE",
// "four datasets: Waymo, NuScenes, Argoverse, and PandaSet", "Polish-specific LLMs (Bielik and
// PLLuM)". The kind types each name the list holds that nothing else typed (head-nouns.ts does
// the same for a head after the list: "WebGPT, ScienceQA, and ScanQA datasets").

import type { Candidate, PaperContext } from "./context";
import type { EntityType } from "./types";

const HEADS: [RegExp, EntityType][] = [
  [/^(?:datasets|benchmarks|corpora|environments|simulators|suites)$/i, "dataset"],
  [/^(?:models|LLMs|VLMs|MLLMs|LVLMs|LMs|checkpoints)$/, "model"],
  [/^(?:methods|algorithms|techniques|approaches)$/i, "method"],
  [/^(?:metrics|measures)$/i, "metric"],
];
// A kind in the singular opens a list of examples only: "an MLLM (e.g., HumanOmni)".
const SINGULAR_HEADS: [RegExp, EntityType][] = [
  [/^(?:dataset|benchmark|corpus|environment|simulator)$/i, "dataset"],
  [/^(?:model|LLM|VLM|MLLM|LVLM|LM)$/, "model"],
];
// The plural kind before the first item: "benchmarks, ", "datasets: ", "LLMs (", "methods such as ",
// past items no rule took ("LLMs (Bielik and " before PLLuM).
// "foundation models (e.g., OmniGen2, BLIP3-o)", "a powerful MLLM (e.g., HumanOmni)": examples in
// brackets or after a comma, where a kind in the singular opens them too.
const OPENS_LIST = /([A-Za-z]+)\s*(?:,|:|\(|,?\s+(?:such as|including|like|namely))\s*(e\.g\.,?\s*)?(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}-]*(?:\s*,\s*|\s*,?\s+(?:and|or)\s+))*$/u;
// Between two items: a comma, "and", "or", a closing bracket's comma.
export const ITEM_JOIN = /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/;

const LIST_GOES_ON = /^\s*(?:,|and\b|or\b)/;
const BARE_ACRONYM = /^\p{Lu}{2,3}s?$/u;

// What OPENS_LIST needs right before a name: a cue (",", ":", "(", "such as", ...) or an item
// separator ("and", "or"), maybe with "the". Checked by hand first: the pattern, tried at every
// place of its window, is a hot spot, and most names follow none of these.
const LAST_WORD_OPENS = new Set(["as", "including", "like", "namely", "and", "or", "the"]);

function mayOpenList(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\n" || text[k] === "\t")) k--;
  const last = text[k];
  if (last === "," || last === ":" || last === "(") return true;
  let start = k;
  while (start > 0 && /[a-z]/.test(text[start - 1]!)) start--;
  return LAST_WORD_OPENS.has(text.slice(start, k + 1));
}

function headType(word: string, examples: boolean): EntityType | undefined {
  return (HEADS.find(([pattern]) => pattern.test(word)) ?? (examples ? SINGULAR_HEADS.find(([pattern]) => pattern.test(word)) : undefined))?.[1];
}

/** Untyped names in a list that a plural kind opens take the kind's type. */
export function typeByListHead(ctx: PaperContext): void {
  let type: EntityType | undefined;
  let previous: Candidate | undefined;
  for (const c of ctx.candidates) {
    const opening = mayOpenList(ctx.text, c.start) ? OPENS_LIST.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start)) : null;
    // After a bare comma the list must go on past the first name: "on seven datasets, DynamicRAG
    // demonstrates ..." closes an opening phrase.
    const bareComma = opening !== null && /^[A-Za-z]+\s*,\s*(?:the\s+)?$/.test(opening[0]);
    const opened = opening && (!bareComma || LIST_GOES_ON.test(ctx.text.slice(c.end, c.end + 20))) ? headType(opening[1]!, opening[2] !== undefined) : undefined;
    if (opened) type = opened;
    else if (!type || !previous || !ITEM_JOIN.test(ctx.text.slice(previous.end, c.start))) type = undefined;
    // A bare acronym in a list is as often an abbreviation of a notion as a name: left to the drop of unsupported acronyms.
    if (type && c.type === undefined && !c.known && !BARE_ACRONYM.test(c.canonical)) c.type = type;
    previous = c;
  }
}
