// Patterns of the measures a results clause reports (measured-by): a measure after its verb
// ("improves accuracy"), a change counted in a measure ("a 1.8% accuracy gain"), and the scores
// models reach on a paper's own benchmark ("even GPT-4o achieves only 57.0% accuracy").
import { cueSource } from "./relation-cues";
import { ACTORS, type ClauseContext, type Found, competitors, cuesIn, implicitOwn, pairs, resultTargets } from "./relation-results";
import { type Item, clauseHas, listAfter, negatedCue, ownItem, standsForOwn, subjectBefore } from "./relation-sentence";

// A measure right after its verb: "improves (relative) accuracy", "reducing the calibration error",
// and after the value or the rank it reaches: "achieving 96.9% success rates", "achieves the
// highest accuracy", "a remarkable 8x speedup".
// ... and after the words that say whose or which measure it is: "reduces attention-layer latency",
// "maintains model accuracy", "while maintaining high reasoning accuracy" (any word but a function word).
const MEASURE_OBJECT = /^\s+(?:(?:the|its|their|a|an|up\s+to|only|nearly|about|over|relative|overall|average|mean|task|final|absolute|substantial|significant|remarkable|notable|competitive|comparable|strong|higher|lower|better|highest|lowest|best|new|state-of-the-art|both|\d[\d.,]*\s?(?:%|x|×|-fold|\s?points?|\s?pp)?|(?!(?:of|in|on|for|with|by|to|and|or|from|that|which|while|across|between|under|than|as|at|into|via|using|our|we|it|is|are|was|were|be|been|this|these|those|both|each|other|all|any|some|no|not)\s)[a-z][a-z-]*)\s+){0,4}$/i;

/** "On A, X improves the success rate": A measured-by it; "X improves accuracy": X measured-by it. */
export function findMeasuredBy(c: ClauseContext): Found[] {
  const metrics = c.clause.items.filter((i) => i.type === "metric");
  if (metrics.length === 0) return [];
  const found: Found[] = [];
  const others = competitors(c);
  if (clauseHas(c.s, c.clause, "results")) found.push(...pairs("measured-by", resultTargets(c, ["dataset"]), metrics));
  for (const [start, end] of cuesIn(c, "measureVerbs")) {
    const metric = metrics.find((m) => m.start >= end && MEASURE_OBJECT.test(c.s.text.slice(end, m.start)));
    if (!metric || negatedCue(c.s.text, start)) continue;
    let heads = subjectBefore(c.s, c.clause, start, ACTORS, { exclude: others });
    // "..., while reducing token usage": a participle opening its clause continues the own result;
    // so does one after a subjectless result of the paper's experiments ("Real-world experiments
    // demonstrate substantial improvements over baselines, achieving 96.9% success rates").
    if (heads.length === 0 && /ing$/.test(c.s.text.slice(start, end))) heads = implicitOwn(c, ACTORS);
    found.push(...pairs("measured-by", heads, listAfter(c.s, c.clause, metric, ["metric"])));
  }
  for (const metric of metrics.filter((m) => isMeasuredChange(c, m))) {
    const heads = subjectBefore(c.s, c.clause, metric.start, ACTORS, { pronoun: true, exclude: others }).filter(reportsResults);
    // "Experiments show its effectiveness, e.g., a 1.8% accuracy gain over X": the paper's own result.
    found.push(...pairs("measured-by", heads.length > 0 ? heads : implicitOwn(c, ACTORS), [metric]));
  }
  return found;
}

/**
 * Who a change counted in a measure is reported for: the paper's own entity or a model; a field's
 * method before it is the setting ("RL fine-tuning, ... with a 6.3x improvement in the success rate").
 */
function reportsResults(head: Item): boolean {
  return standsForOwn(head) || head.type === "model";
}

// A change a result reports, named by the measure it is counted in: "yields a 1.8% accuracy gain over
// X", "a 2.28x reduction in TTFT", "improvements of 4.1 points in F1".
const VALUE_BEFORE = /\d[\d.,]*\s?(?:%|x|×|-fold|points?|pp)\s+(?:(?:absolute|relative|average|overall|mean)\s+)?$/i;
const CHANGE_AFTER = /^\s+(?:gains?|improvements?|increases?|boosts?|reductions?|drops?|decreases?)\b/i;
const CHANGE_IN_BEFORE = /\b(?:gains?|improvements?|increases?|boosts?|reductions?|decreases?)\)?\s+(?:of\s+(?:up\s+to\s+)?[\d.,]+\s?(?:%|x|×|points?|pp)?\s+)?in\s+(?:the\s+)?$/i;

function isMeasuredChange(c: ClauseContext, metric: Item): boolean {
  const before = c.s.text.slice(Math.max(c.clause.start, metric.start - 60), metric.start);
  return (VALUE_BEFORE.test(before) && CHANGE_AFTER.test(c.s.text.slice(metric.end, metric.end + 16))) || CHANGE_IN_BEFORE.test(before);
}

// A score right after a result verb: "achieves only 57.0%", "reaches merely 53.3%".
const SCORE_AFTER = /^\s+(?:(?:only|merely|just|about|nearly|approximately|around|over|up\s+to|a|an)\s+)*\d/i;

/**
 * In a paper whose own entity is a benchmark, a model's score with no other dataset named is a
 * score on it, in the measures the clause counts: "Results show that even the top-performing
 * model GPT-4o achieves only 57.0% overall accuracy" is GPT-4o evaluated on it, and the benchmark
 * measured by accuracy.
 */
export function findBenchmarkScores(c: ClauseContext): Found[] {
  if (c.own?.type !== "dataset" || !clauseHas(c.s, c.clause, "results") || c.clause.items.some((i) => i.type === "dataset")) return [];
  const benchmark = [ownItem(c.own, 0, 0, "implicit")];
  const found: Found[] = [];
  const others = competitors(c);
  for (const [start, end] of cuesIn(c, "measureVerbs")) {
    if (!SCORE_AFTER.test(c.s.text.slice(end, end + 30))) continue;
    found.push(...pairs("evaluated-on", subjectBefore(c.s, c.clause, start, ["model"], { exclude: others }), benchmark));
  }
  if (found.length === 0) return [];
  const counted = c.clause.items.filter((i) => i.type === "metric" && VALUE_BEFORE.test(c.s.text.slice(Math.max(c.clause.start, i.start - 30), i.start)));
  return [...found, ...pairs("measured-by", benchmark, counted)];
}

// What a measure is named by when the paper says how its benchmark is scored: "Accuracy is scored by
// semantic similarity", "Metacognition is assessed with expected calibration error, Brier score, ...",
// "evaluated using metrics such as BLEU and ROUGE".
const ASSESSED_WITH = /\b(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:scored|assessed|measured|evaluated|quantified|graded)\s+(?:by|with|using|via|through|in\s+terms\s+of)|metrics?,?\s+(?:such\s+as|including|like|namely|e\.g\.,?)|metrics?\s*:)\s+(?:the\s+)?$/i;

// "existing metrics like accuracy only focus on ...": the measures a benchmark sets out to replace.
const CRITICISED = new RegExp(`${cueSource("priorWork")}\\s+(?:[\\w-]+\\s+)?metrics?\\b`, "i");

/** In a paper whose own entity is a benchmark, the measures it says it is scored with: the benchmark is measured by them. */
export function findBenchmarkMeasures(c: ClauseContext): Found[] {
  if (c.own?.type !== "dataset") return [];
  const first = c.clause.items.find((i) => {
    if (i.type !== "metric") return false;
    const before = c.s.text.slice(Math.max(c.clause.start, i.start - 60), i.start);
    return ASSESSED_WITH.test(before) && !CRITICISED.test(before);
  });
  return first ? pairs("measured-by", [ownItem(c.own, 0, 0, "implicit")], listAfter(c.s, c.clause, first, ["metric"])) : [];
}
