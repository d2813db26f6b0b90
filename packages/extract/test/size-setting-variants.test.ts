import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Issue 13, kinds 1 and 4, read off the tuned sets (twenty-ninth session): where a known task's
// name starts, and the forms a known method is written in.
describe("a known task's name does not start at a size or a setting", () => {
  it.each([
    ["the parameters a size counts (heldout-ae, tuned)", "We present Aryabhata 1.0, a compact 7B parameter math reasoning model optimized for the Indian academic exam.", ["mathematical reasoning", "task"]],
    ["the parameters, hyphenated after the size", "We release a 1.5B-parameter code generation model trained with GRPO.", ["code generation", "task"]],
    ["a static setting (heldout-co, tuned)", "Large Language Models (LLMs) have achieved impressive results on static code-generation benchmarks, but real-world software development involves continuous evolution.", ["code generation", "task"]],
    ["a static setting before a domain's task (heldout-dk, tuned)", "Existing evaluations rely on static medical question answering, which misses the dynamics of clinical dialogue.", ["medical question answering", "task"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));

  it.each([
    ["parameter", "We present Aryabhata 1.0, a compact 7B parameter math reasoning model optimized for the Indian academic exam.", "parameter math reasoning"],
    ["static", "Large Language Models (LLMs) have achieved impressive results on static code-generation benchmarks, but real-world software development involves continuous evolution.", "static code-generation"],
  ])("not taken: %s", (_word, abstract, absent) => expect(found(abstract).map(([name]) => name)).not.toContain(absent));

  it("keeps a known name that holds the word: static analysis", () => {
    expect(found("We combine static analysis with an LLM to find security patches.")).toContainEqual(["static analysis", "method"]);
  });
});

describe("forms a known method is written in", () => {
  it.each([
    ["judges named by the model that judges (heldout-cq, tuned)", "Our findings demonstrate that LLM judges can provide effective reward signals for open-ended tasks.", ["LLM-as-a-judge", "method"]],
    ["hyphenated", "It is imperative to benchmark and improve these LLM-judges on real-world conversations.", ["LLM-as-a-judge", "method"]],
    ["an LLM-based judge", "Responses are scored by an LLM-based judge against the reference.", ["LLM-as-a-judge", "method"]],
    ["chains of thought, plural inside (heldout-bx, tuned)", "Our method achieves state-of-the-art performance compared to aware prompt and chains of thought.", ["CoT", "method"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});
