import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Thirty-second session: two kinds of name the rules missed on the tuned sets. Sentences from
// the tuned sets (heldout-ab, -ah, -ak, -b, -c, -cc, -cw, -f, -gd).

describe("a person's or a place's name before a lower-case noun names a method or a measure", () => {
  it.each([
    ["a method head", "We extend the space of pseudo-fakes by using Poisson blending, more diverse masks, generator artifacts, and distractors.", ["Poisson blending", "method"]],
    ["two names joined by a hyphen", "CLIP-Fed aligns the knowledge of the global model and CLIP on the augmented dataset using prototype contrastive loss and Kullback-Leibler divergence, so that class prototype deviations caused by backdoor samples are ensured and the correlation between trigger patterns and target labels is eliminated.", ["Kullback-Leibler divergence", "metric"]],
    ["a longer noun phrase", "The DD-PINN serves as a surrogate for the dynamic Cosserat rod model with a speed-up factor of 44000.", ["Cosserat rod model", "method"]],
    ["a plural head", "The non-linearity of CURL invalidates classical Bellman equations and requires new algorithmic approaches.", ["Bellman equations", "method"]],
    ["a measure after a list", "Our evaluation on approximately 18 million instances of these two scenarios demonstrates that Gaussian Mixture Copula Models consistently surpass Gaussian Copula Models and perform better than, or at least comparably to, Gaussian Mixture Models, as measured by both log-likelihood and Sinkhorn distance.", ["Sinkhorn distance", "metric"]],
  ])("%s", (_kind, abstract, mention) => expect(found(abstract)).toContainEqual(mention));

  it.each([
    ["a class of methods in the plural", "To be exact, this paper discusses the following five topics: 1) Bayesian methods that have potential for agent decision making.", "Bayesian methods"],
    ["a model's name before its kind", "We instantiate this approach by fine-tuning the Timer model on 220,153 cycles of open-source charge-discharge records to obtain Battery-Timer.", "Timer model"],
  ])("not %s", (_kind, abstract, name) => expect(found(abstract).map(([n]) => n)).not.toContain(name));
});

describe("an all-caps English word listed with other names is a name", () => {
  it.each([
    ["after a known method", "Although methods such as Task Arithmetic, TIES-Merging and DARE have proliferated, they are typically evaluated on small and inconsistent collections of tasks, making fair comparison difficult.", ["DARE", "method"]],
    ["after an unknown name", "Adaptive approaches such as Self-RAG and FLARE decide when to retrieve using special reflection tokens or low-confidence generations, which require either additional fine-tuning or careful threshold calibration.", ["FLARE", "method"]],
  ])("%s", (_kind, abstract, mention) => expect(found(abstract)).toContainEqual(mention));

  it("not when every item is such a word: output labels are listed with labels", () => {
    expect(found("The JUDGE model outputs SELECTED or REJECTED for each answer.").map(([name]) => name)).not.toEqual(expect.arrayContaining(["SELECTED"]));
  });
});
