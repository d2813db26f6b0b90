import { describe, expect, it } from "vitest";
import { normalise } from "../src/index";
import { found, run } from "./helpers";

// Issue 13, kinds 1 and 6: a lone s after a hyphen names a variant (small, sequence-level, a
// subset), and a paper's own word that ends in s is no plural of a benchmark in capitals. Both had
// read as plurals, folding the variant into its base and the word into the benchmark (dev corpus).
describe("a variant's letter s is no plural", () => {
  it.each([
    ["a sequence-level variant of a known method", "Group Token Policy Optimization (GTPO), which assigns an entropy-weighted reward to each token, and the analogous algorithm Sequence-Level GRPO (GRPO-S).", "GRPO-S"],
    ["a known model family's small size", "Our detector builds on YOLOv8-s and runs at 60 frames per second on an edge device.", "YOLOv8-s"],
    ["a known method's variant, read by the lexicon scan", "We compare SAC-s, a variant with a smaller critic, against SAC on MuJoCo tasks.", "SAC-s"],
    ["a subset of a dataset", "Applied to the unlabeled ZeroWaste-s subset, our pseudo-annotations achieve performance gains that surpass fully supervised training.", "ZeroWaste-s"],
  ])("%s", (_kind, abstract, name) => {
    expect(found(abstract).map(([canonical]) => canonical)).toContain(name);
  });

  it("the variant and its base stay two entities across papers", () => {
    const mentions = [
      ...run("We fine-tune the policy with GRPO on GSM8K."),
      ...run("Sequence-Level GRPO (GRPO-S) assigns one entropy-weighted reward to each sequence.").map((m) => ({ ...m, paperId: "q" })),
    ];
    const names = normalise(mentions).entities.map((e) => e.name);
    expect(names).toContain("GRPO");
    expect(names).toContain("GRPO-S");
  });

  it("a paper's own name that ends in s stays apart from the benchmark in capitals", () => {
    const mentions = [
      ...run("We propose Cocos, a contrastive optimizer for continual learning. Cocos reduces forgetting on Split CIFAR-100."),
      ...run("We pretrain the detector on COCO and fine-tune it on LVIS.").map((m) => ({ ...m, paperId: "q" })),
    ];
    const coco = normalise(mentions).entities.find((e) => e.name === "COCO");
    expect(coco?.papers).toEqual(["q"]);
    expect(coco?.aliases).not.toContain("Cocos");
  });
});
