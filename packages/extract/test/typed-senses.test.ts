import { describe, expect, it } from "vitest";
import { normalise, type Mention } from "../src/index";
import { mention, run } from "./helpers";

/** Papers a and b read MAE as masked autoencoders, c and d as mean absolute error (the lexicon names both by their long forms). */
const TWO_KINDS = [
  mention("a", "MAE", "masked autoencoder", "method"),
  mention("b", "masked autoencoders", "masked autoencoder", "method"),
  mention("b", "MAE", "masked autoencoder", "method"),
  mention("c", "MAE", "mean absolute error", "metric"),
  mention("d", "mean absolute error", "mean absolute error", "metric"),
  mention("d", "MAE", "mean absolute error", "metric"),
];

function papersOf(mentions: Mention[], name: string): string[] | undefined {
  return normalise(mentions).entities.find((e) => e.name === name)?.papers;
}

// Issue 13, kind 6: MAE, both a method and a measure, had one node for every undefined use (dev corpus).
describe("an undefined acronym goes to the sense of its own kind", () => {
  it("a measure's MAE to mean absolute error, a method's to masked autoencoder", () => {
    const mentions = [...TWO_KINDS, mention("e", "MAE", "MAE", "metric"), mention("f", "MAE", "MAE", "method")];
    expect(papersOf(mentions, "mean absolute error")).toEqual(["c", "d", "e"]);
    expect(papersOf(mentions, "masked autoencoder")).toEqual(["a", "b", "f"]);
    expect(papersOf(mentions, "MAE")).toBeUndefined();
    expect(normalise(mentions).merges).toContainEqual({ from: "MAE", to: "mean absolute error", reason: "acronym sense by type", paper: "e" });
  });

  it.each([
    ["a kind no sense has", [...TWO_KINDS, mention("e", "MAE", "MAE", "model")]],
    ["one paper's sense", [mention("a", "MAE", "masked autoencoder", "method"), mention("c", "MAE", "mean absolute error", "metric"), mention("d", "MAE", "mean absolute error", "metric"), mention("e", "MAE", "MAE", "method")]],
    ["most papers write it undefined", [...TWO_KINDS, ...["e", "f", "g", "h", "i"].map((p) => mention(p, "MAE", "MAE", "metric"))]],
    [
      "a sense that keeps the acronym, which undefined uses already join",
      [
        mention("a", "optical character recognition", "OCR", "task"),
        mention("b", "Optical Character Recognition", "OCR", "task"),
        mention("c", "OCR", "object-centric representation", "method"),
        mention("d", "OCR", "object-centric representation", "method"),
        mention("e", "OCR", "OCR", "method"),
      ],
    ],
  ])("stays where it was: %s", (_kind, mentions) => {
    const moved = normalise(mentions).merges.filter((m) => m.reason === "acronym sense by type");
    expect(moved).toEqual([]);
  });

  it("two senses of one kind leave it as it is", () => {
    const mentions = [
      mention("a", "DR", "domain randomization", "method"),
      mention("b", "DR", "domain randomization", "method"),
      mention("c", "DR", "dimensionality reduction", "method"),
      mention("d", "DR", "dimensionality reduction", "method"),
      mention("e", "DR", "demand response", "task"),
      mention("f", "DR", "demand response", "task"),
      mention("g", "DR", "DR", "method"),
    ];
    expect(papersOf(mentions, "DR")).toEqual(["g"]);
  });

  it("on sentences: the papers' own definitions decide, and a paper's MAE beside RMSE is the error", () => {
    const papers = [
      "We pretrain a ViT with masked autoencoders (MAE) on unlabeled frames.",
      "Masked autoencoders (MAE) learn visual features by reconstructing masked patches.",
      "Forecasts are scored by mean absolute error (MAE) over all stations.",
      "The model lowers the mean absolute error (MAE) of the state-of-charge estimate by 12%.",
      "Our estimator achieves a gait phase RMSE of 2.7% and a phase rate MAE of 0.037 under stable terrain.",
    ];
    const mentions = papers.flatMap((abstract, k) => run(abstract).map((m) => ({ ...m, paperId: `p${k}` })));
    expect(papersOf(mentions, "mean absolute error")).toContain("p4");
  });
});
