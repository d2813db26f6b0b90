import { describe, expect, it } from "vitest";
import { isNameShaped, isNotation } from "../src/names";
import { typeFromLongForm } from "../src/typing";
import { typeFromContext } from "../src/context-typing";
import { found, absentRows, expectAbsentBeside } from "./helpers";

describe("what is not an entity", () => {
  it.each([
    ["junk: number format", "FP16"], ["junk: number format", "BF16"], ["junk: number format", "INT8"], ["junk: weight-activation bits", "W4A16"], ["junk: weight-activation-gradient bits (heldout-co, tuned)", "W4A4G4"],
    ["junk: complexity class", "NP-hard"], ["junk: ascii dash", "layers---8x"], ["junk: counted thousands", "665K-sample"], ["junk: dimension modifier", "3D-conditional"],
  ])("%s: %s is not a name", (_rule, word) => expect(isNameShaped(word)).toBe(false));

  it.each([
    ["notation: group", "SE", "(3)-equivariant diffusion", true],
    ["notation: complexity", "O", "(n log n) memory", true],
    ["notation: a defined acronym in brackets is not notation", "SBDD", " (structure-based drug design)", false],
  ])("%s", (_rule, word, after, expected) => expect(isNotation(word, after)).toBe(expected));

  it.each(absentRows([
    ["notation: SE(3) is not a method", "We present an SE(3)-equivariant diffusion model that generates ligands.", "SE", ["diffusion model", "method"]],
    ["hardware: spaced accelerator", "Kernels run 2.1x faster on an RTX 4090 than the baseline. We compare it with PPO.", "RTX 4090", ["PPO", "method"]],
    ["junk: number format", "Weights are stored in FP16 while activations use INT8. We compare it with PPO.", "FP16", ["PPO", "method"]],
    ["participle: -improved after a name", "The RL-improved policy solves more puzzles than SFT.", "RL-improved", ["RL", "method"]],
    ["participle: -predicted after a name", "We fold ESMFold-predicted structures with AlphaFold2.", "ESMFold-predicted", ["ESMFold", "model"]],
    ["stoplist: agency", "We compare against the operational forecast of ECMWF on 2020 data. We compare it with PPO.", "ECMWF", ["PPO", "method"]],
    ["stoplist: imaging modality", "The model segments organs in CT and MRI volumes. We compare it with PPO.", "MRI", ["PPO", "method"]],
    ["stoplist: software library", "Our kernels are written in CUTLASS and Triton. We compare it with PPO.", "CUTLASS", ["PPO", "method"]],
    ["stoplist: venue", "Results of the NeurIPS 2023 competition show gains. We compare it with PPO.", "NeurIPS 2023", ["PPO", "method"]],
    ["unsupported acronym: once, no definition, no type", "Reconstruction quality degrades in the HRR regime for larger scenes. We compare it with PPO.", "HRR", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));

  it.each([
    ["unsupported acronym: repeated names are kept", "HRR compresses memory. With HRR, recall improves by 3 points.", ["HRR", "method"]],
    ["unsupported acronym: typed names are kept", "We evaluate on the HRR benchmark with three splits.", ["HRR", "dataset"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("type evidence", () => {
  it.each([
    ["metric cue: in terms of", " and validity of the generated ligands", "outperforms Pocket2Mol in terms of ", "metric"],
    ["metric cue: measured by", " over all lead times", "forecast skill measured by ", "metric"],
    ["metric cue: metrics such as", " and NSD on the test set", "we report metrics such as ", "metric"],
    ["on data: a modifier before a hyphen is not the data", "-based water simulations", "We compare on ", undefined],
    ["head noun: challenge", " challenge and on two private cohorts", "We evaluate on the ", "dataset"],
    ["examples of a kind: approaches such as X", " reconstruct raw pixels", "approaches such as ", "method"],
    ["examples of a kind: benchmarks, including X", " and two others", "three benchmarks, including ", "dataset"],
    ["examples of a kind: plural in -es", " and others", "losses like ", "method"],
  ])("%s", (_rule, after, before, type) => expect(typeFromContext(after, before)).toBe(type));

  it.each([
    ["long form: drug discovery is a task", "AI-driven drug discovery", "task"],
    ["long form: structure prediction is a task", "protein structure prediction", "task"],
    ["long form: tracking is a task", "multi-object tracking", "task"],
  ])("%s", (_rule, long, type) => expect(typeFromLongForm(long)).toBe(type));

  it.each([
    ["coordination: after a short form's bracket", "We use Long Range Arena (LRA), PG-19 and ZeroSCROLLS for evaluation.", ["PG-19", "dataset"]],
    ["coordination: metrics in terms of a list", "DiffSBDD beats TargetDiff in terms of Vina score, QED and SAS.", ["SAS", "metric"]],
    ["size: spaced parameter count names the checkpoint", "Mixtral outperforms Llama 2 70B on mathematics.", ["Llama-2-70B", "model"]],
    ["size: spaced count after a one-word family", "It has the same architecture as Mistral 7B with eight experts.", ["Mistral-7B", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("lexicon coverage across the field", () => {
  it.each([
    ["lexicon: continual learning method", "We call the method elastic weight consolidation (EWC).", ["EWC", "method"]],
    ["lexicon: Bayesian baseline", "Deep ensembles beat MC dropout and the Laplace approximation.", ["Laplace approximation", "method"]],
    ["lexicon: offline RL baseline", "CQL and TD3+BC are strong on D4RL AntMaze tasks.", ["TD3+BC", "method"]],
    ["lexicon: offline RL suite", "CQL and TD3+BC are strong on D4RL AntMaze tasks.", ["AntMaze", "dataset"]],
    ["lexicon: multi-agent RL", "QMIX outperforms VDN and MAPPO on SMAC.", ["SMAC", "dataset"]],
    ["lexicon: model-based RL", "DreamerV3 collects diamonds in Minecraft.", ["DreamerV3", "method"]],
    ["lexicon: optimiser", "AMSGrad fixes the convergence of Adam and RMSProp.", ["RMSProp", "method"]],
    ["lexicon: long-context method", "YaRN extends RoPE further than Position Interpolation.", ["Position Interpolation", "method"]],
    ["lexicon: weather data", "GraphCast is trained on ERA5 and scored on WeatherBench 2.", ["WeatherBench 2", "dataset"]],
    ["lexicon: weather task", "Medium-range weather forecasting matters for energy.", ["weather forecasting", "task"]],
    ["lexicon: drug design data", "Ligands are generated for CrossDocked and Binding MOAD pockets.", ["Binding MOAD", "dataset"]],
    ["lexicon: document AI data", "We fine-tune on FUNSD, CORD and DocVQA.", ["FUNSD", "dataset"]],
    ["lexicon: document AI task", "It excels at form understanding and document layout analysis.", ["document layout analysis", "task"]],
    ["lexicon: segmentation metric", "MedSAM reports Dice, NSD and HD95 on BraTS.", ["HD95", "metric"]],
    ["lexicon: likelihood metric", "We measure negative log-likelihood (NLL) and the Brier score.", ["NLL", "metric"]],
    ["lexicon: MoE checkpoint", "We release Mixtral-8x22B weights.", ["Mixtral-8x22B", "model"]],
    ["lexicon: survival metric", "The model reaches a concordance index (C-index) of 0.74 on TCGA.", ["c-index", "metric"]],
    ["lexicon: theory measure", "We prove an upper bound on the excess risk of ridge regression.", ["excess risk", "metric"]],
    ["version: a method's v-release", "It outperforms BEiT and MoCo v3 with a ViT-L backbone.", ["MoCo v3", "method"]],
    ["lexicon: MuJoCo task", "We report normalized return on HalfCheetah, Hopper and Walker2d.", ["Walker2d", "dataset"]],
    ["backbone: a model named with its checkpoint", "We prompt SAM with attention from CLIP ViT-L/14 features.", ["CLIP ViT-L/14", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});
