import type { PaperContext } from "./context";
import { lookup } from "./lexicon";

// A benchmark's split or domain written after its name in capitals, then the list goes on or the
// clause ends: "67.3 on TAU2 Retail, 45.4 on TAU2 Airline", "28.4 on BFCL-V3 Multi Turn, and ...",
// "on MATH Level 5.". One or two capitalised words (a level's number may close them); an "and"
// after them may join a longer name ("the EgoExo4D Pose and Proficiency Estimation Challenges"),
// and a challenge or a competition is an event around the benchmark, named by other rules.
const SUBSET_AFTER = /^ ((?!(?:Challenges?|Competitions?)\b)(?:\p{Lu}\p{Ll}+)(?: (?!(?:Challenges?|Competitions?)\b)\p{Lu}\p{Ll}+)?(?: \d{1,2})?)(?=\s*(?:,|;|\.(?:\s|$)|\)|\s(?:--|—|–)\s))/u;

// A part of a benchmark named before the benchmark's own head noun: "the Argoverse 2 Sensor dataset",
// "the KCSAT STEM benchmark", "E2E NLG datasets". The head says the words name data, so a word in
// capitals counts too; up to two words.
const PART_BEFORE_HEAD = /^ ((?!(?:Challenges?|Competitions?)\b)\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)?)(?= (?:benchmarks?|datasets?|corpus|corpora|suite|split|subset)\b)/u;

/**
 * "TAU2 Retail" names the Retail domain of TAU2, a benchmark of its own in the paper's results:
 * the dataset's mention goes on over the subset's words. Not in the title, whose words are all
 * capitalised, and not over a word another rule took or the lexicon knows ("on MMLU GPT-4o ...").
 */
export function extendDatasetSubsets(ctx: PaperContext): void {
  for (const c of ctx.candidates) {
    if (c.type !== "dataset" || c.start < ctx.titleEnd) continue;
    const after = ctx.text.slice(c.end, c.end + 40);
    const subset = SUBSET_AFTER.exec(after) ?? PART_BEFORE_HEAD.exec(after);
    if (!subset || lookup(ctx.lexicon, subset[1]!.split(" ")[0]!)) continue;
    const end = c.end + subset[0].length;
    if (ctx.candidates.some((other) => other !== c && other.start < end && other.end > c.end)) continue;
    c.canonical = `${c.canonical} ${subset[1]}`;
    c.end = end;
    c.known = false;
  }
}
