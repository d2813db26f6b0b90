import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Rules stated for the whole field (not for one gold set): what the lexicon says things are.
describe("lexicon: field-wide readings", () => {
  it.each([
    ["lexicon-task: tool use is an ability, not a technique", "Agents are increasingly evaluated on tool use over long horizons.", ["tool use", "task"]],
    ["lexicon-task: function calling", "Tool-augmented agents are evaluated on function calling with shifting APIs.", ["function calling", "task"]],
    ["lexicon-task: safety alignment is the goal of the methods", "We hope our findings encourage representation-level approaches to safety alignment.", ["safety alignment", "task"]],
    ["lexicon-concept: jailbreak is the phenomenon's name", "The defence also improves robustness to multilingual jailbreaks.", ["jailbreak", "concept"]],
    ["lexicon-method: adapter layers stay a method", "Our approach inserts lightweight adapter layers into the encoder.", ["adapter layers", "method"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["lexicon-generic: bare adapters are a module of LoRA, not a technique", "Only the auxiliary head and LoRA adapters in the decoder are trained.", "adapters"],
    ["lexicon-generic: verification is an activity", "Removing the verification step hurts success rates.", "verification"],
    ["stoplist: interconnect", "It migrates KV cache blocks incrementally over NVLink during reconfiguration.", "NVLink"],
    ["stoplist: accelerator class", "We deploy the model on mobile NPUs with 8-bit weights.", "NPU"],
    ["stoplist: data kind", "Predictive models built on electronic health records (EHR) must handle irregular events.", "EHR"],
  ])("%s", (_rule, abstract, absent) => {
    expect(found(abstract).map(([n]) => n)).not.toContain(absent);
  });
});
