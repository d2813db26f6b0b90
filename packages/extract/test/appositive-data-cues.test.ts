import { describe, expect, it } from "vitest";
import { typeFromHeadNoun } from "../src/typing";
import { typeOf } from "./helpers";

// Thirty-second session: three ways papers say a name is data, and one that it is a task, that the
// typing missed. Sentences from the tuned sets (heldout-aj, -bq, -ch, -ea), and one made up to pin
// the limit of the first.

describe("an appositive's head, before a participle that opens a clause", () => {
  it("the head before an -ing verb and its object", () => {
    // "enabling Direct Preference Optimization": the last head word had been read as the name's kind.
    const abstract = "We further release AHaPairs, a 5K-instance preference dataset enabling Direct Preference Optimization (DPO) for alignment with emotionally responsible behavior.";
    expect(typeOf(abstract, "AHaPairs")).toBe("dataset");
  });

  it("an -ing word before a head noun is a modifier of that head", () => {
    expect(typeOf("We present MergeLab, a model merging technique that combines checkpoints without training.", "MergeLab")).toBe("method");
  });
});

describe("a size counted in records, in brackets after the name", () => {
  it.each([
    ["SwallowMath", "SwallowMath (approximately 2.3 billion tokens) enhances Finemath-4+ by removing boilerplate, restoring context, and reformatting solutions into concise, step-by-step explanations."],
    ["SwallowCode", "SwallowCode (approximately 16.1 billion tokens) refines Python snippets from The-Stack-v2 through a novel four-stage pipeline: syntax validation, pylint-based style filtering, and a two-stage LLM rewriting process that enforces style conformity and transforms snippets into self-contained, algorithmically efficient examples."],
  ])("%s", (name, abstract) => expect(typeOf(abstract, name)).toBe("dataset"));
});

describe("a name set off by commas after a noun phrase with a complement", () => {
  it("the head before the complement names it", () => {
    const abstract = "The effectiveness of the proposed method was evaluated using a publicly available dataset for engagement measurement, DAiSEE, containing videos of students who participated in virtual learning programs.";
    expect(typeOf(abstract, "DAiSEE")).toBe("dataset");
  });
});

describe("a defined name followed by 'problem' is a task", () => {
  it("the problem a paper formulates", () => {
    const abstract = "When user preferences are known, we formulate COIL as an uncapacitated facility location (UFL) problem, which enables bounded-suboptimal planning in polynomial time using off-the-shelf approximation algorithms.";
    expect(typeOf(abstract, "UFL")).toBe("task");
  });

  it("in the singular only: 'problems' after a name as often counts a set's items", () => {
    expect(typeFromHeadNoun("problem")).toBe("task");
    expect(typeFromHeadNoun("problems")).toBeUndefined();
  });
});
