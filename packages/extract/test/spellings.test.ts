import { describe, expect, it } from "vitest";
import { normalise } from "../src/index";
import { americanSpelling, spellingVariants } from "../src/spelling-variants";
import { found, mention } from "./helpers";

// Issue 13, kind 4: an established term written in British spelling is the term. The lexicon writes
// each name once; papers from other groups write "optimisation", "behaviour", "labelling".

describe("a known term in the other spelling is the term", () => {
  it.each([
    ["-isation (dev corpus)", "It combines (1) embedding perturbation for controlled exploration and (2) Bayesian optimisation to refine embeddings via a verifier-guided objective.", ["Bayesian optimization", "method"]],
    ["-isation after a comparison (dev corpus)", "FLIP with a curriculum strategy achieves a low dispensing error, outperforming methods that do not leverage flowability data, such as domain randomisation.", ["domain randomization", "method"]],
    ["-isation in a process (dev corpus)", "We introduce a novel DD algorithm tailored to histopathology datasets which incorporates stain normalisation into the distillation process.", ["stain normalization", "method"]],
    ["-our", "Rumour detection on social media needs the propagation structure of each post.", ["rumor detection", "task"]],
    ["a doubled l", "The encoder is pretrained with masked point modelling on unlabelled scans.", ["masked point modeling", "method"]],
    ["no accent", "Our samples reach a Frechet Inception Distance of 2.1 on ImageNet 256x256.", ["FID", "metric"]],
    ["grey", "Texture features are computed from the grey-level co-occurrence matrix of each patch.", ["GLCM", "method"]],
  ])("%s", (_kind, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("spelling variants", () => {
  it.each([
    ["Bayesian optimization", ["Bayesian optimisation"]],
    ["domain randomisation", ["domain randomization"]],
    ["behavioral cloning", ["behavioural cloning"]],
    ["language modelling", ["language modeling"]],
    ["tokenizer", ["tokeniser"]],
    ["self-driving laboratories", []],
    ["Fréchet distance", ["Frechet distance"]],
    ["text analyzer", ["text analyser"]],
  ])("%s", (name, variants) => expect(spellingVariants(name)).toEqual(variants));

  // -ise ends words in both spellings, and "size" is no -ize.
  it.each(["supervised fine-tuning", "image resizing", "noise injection", "precise control", "prize collecting"])("%s has none", (name) => {
    expect(spellingVariants(name)).toEqual([]);
  });

  it("a name with two respellable words has each alone and both", () => {
    expect(spellingVariants("gray wolf optimization").sort()).toEqual(["gray wolf optimisation", "grey wolf optimisation", "grey wolf optimization"]);
  });

  it("the map keys names in American spelling", () => {
    expect(["image normalisation", "colour constancy", "travelling salesman problem", "grey-box attack", "Poincaré embeddings"].map(americanSpelling)).toEqual(["image normalization", "color constancy", "traveling salesman problem", "gray-box attack", "Poincare embeddings"]);
  });
});

describe("one node for a term the corpus writes in both spellings", () => {
  it("groups British and American forms of a name the lexicon does not know", () => {
    const { entities } = normalise([mention("a", "image normalisation"), mention("b", "image normalization"), mention("c", "image normalization")]);
    expect(entities.map((e) => [e.name, e.papers])).toEqual([["image normalization", ["a", "b", "c"]]]);
  });

  it("keeps apart words that only look alike", () => {
    const { entities } = normalise([mention("a", "noise injection"), mention("b", "noize injection")]);
    expect(entities).toHaveLength(2);
  });
});
