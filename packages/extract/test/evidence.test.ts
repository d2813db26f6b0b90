import { describe, expect, it } from "vitest";
import { isNameShaped } from "../src/names";
import { typeFromShape } from "../src/typing";
import { typeFromContext } from "../src/context-typing";
import { found, typeOf, absentRows, expectAbsentBeside } from "./helpers";

describe("type evidence around unknown names", () => {
  it.each([
    ["appositive head: the noun phrase ends at a relative clause", ", a sentence-level watermark that seeds the sampling of a language model", "We introduce ", "method"],
    ["appositive head: the last typed word wins", ", a model merging method that averages task vectors", "We propose ", "method"],
    ["appositive head: a plural describes a list", ", the scoring models and our data processing code", "We release ", undefined],
    ["appositive head: family of", ", a family of lightweight vision transformers", "We present ", "model"],
    ["head noun: optimizer", ", an optimizer that keeps one second moment per layer", "We propose ", "method"],
    ["head noun: archive", " archive, the model reduces track error", "For tropical cyclones in the ", "dataset"],
    ["head noun: set", " set shows that the method recovers scaffolds", "A retrospective evaluation on four targets from the ", "dataset"],
    ["preceding noun: corpus, dubbed X", ", and train 1B and 7B models from scratch", "into a 2.1T-token corpus, dubbed ", "dataset"],
    ["model cue: the larger X", " and approaching GPT-4V", "surpassing the larger ", "model"],
    ["model cue: initialized from X", ". A cross-view decoder follows", "uses a ViT encoder initialized from ", "model"],
    ["data source: drawn from X", " and the fMoW dataset", "We pretrain a ViT-Large on 4.5M image tiles drawn from ", "dataset"],
  ])("%s", (_rule, after, before, type) => expect(typeFromContext(after, before)).toBe(type));

  it.each([
    ["shape: token count", "CleanCrawl-2T", "dataset"],
    ["shape: depth and width", "WideResNet-28-10", "model"],
    ["shape: point release", "mPLUG-DocOwl 1.5", "model"],
  ])("%s: %s -> %s", (_rule, name, type) => expect(typeFromShape(name)).toBe(type));

  it("shape: a token count fused to a noun is a quantity", () => expect(isNameShaped("2.1T-token")).toBe(false));
});

describe("coordination and families", () => {
  it.each([
    ["coordination: a comma after an opening phrase is no list", "With 10% labels on AMOS, ProtoSeg reaches a mean Dice of 0.81 and ProtoSeg is robust.", "ProtoSeg", "method"],
    ["coordination: a comma after an opening phrase is no list (training)", "Training ResNet-50 on ImageNet-1K, AdaLayer reaches the accuracy of AdamW. AdaLayer saves memory.", "AdaLayer", "method"],
    ["coordination: a comma after a list's last item closes it (heldout-b, tuned)", "On eight standard multivariate benchmarks, namely ETTh1, ETTh2, ETTm1, ETTm2, Weather, Electricity, Traffic and ILI, FreqMixer achieves the lowest mean squared error (MSE) in 29 of 36 settings.", "FreqMixer", "method"],
    ["coordination: a list that goes on", "We evaluate on WMT23, ZetaSet and the Flores-200 benchmark.", "ZetaSet", "dataset"],
    ["coordination: the before an item", "Tiles come from SSL4EO-S12 and the fMoW dataset.", "SSL4EO-S12", "dataset"],
    ["family: a described framework keeps its type beside its checkpoints", "We introduce ToolWeaver, a framework that synthesizes trajectories. We obtain ToolWeaver-7B and ToolWeaver-8B.", "ToolWeaver", "method"],
    ["family: an undescribed family names its checkpoints", "We release ToolWeaver. We obtain ToolWeaver-7B and ToolWeaver-8B by fine-tuning.", "ToolWeaver", "model"],
  ])("%s", (_rule, abstract, name, type) => expect(typeOf(abstract, name)).toBe(type));
});

describe("devices, selection rules and measures", () => {
  it.each(absentRows([
    ["device: a hand after a name", "A sim-to-real pipeline trains policies for the LEAP Hand with PPO.", "LEAP", ["sim-to-real", "method"]],
    ["device: an interface after a name", "The corpus covers 1,600 real REST APIs collected from RapidAPI.", "REST", ["RapidAPI", "dataset"]],
    ["rank rule: top-k before a routing noun", "We compare against top-2 gating and expert choice routing. We compare it with PPO.", "top-2", ["PPO", "method"]],
  ]))("%s", (_rule, abstract, absent, present) => expectAbsentBeside(abstract, absent, present));

  it.each([
    ["rank rule: top-k before a measure stays", "The model reaches 81.2% top-1 accuracy on ImageNet.", ["top-1 accuracy", "metric"]],
    ["measure after: improves by up to", "End-to-end decoding throughput improves by up to 2.8x at batch size 16.", ["throughput", "metric"]],
    ["lexicon: R2 is the coefficient of determination", "The emulator reaches an R2 of 0.86 on held-out columns.", ["R²", "metric"]],
    ["lexicon: continual-learning splits", "On Split CIFAR-100 and CORe50 the method forgets less.", ["Split CIFAR-100", "dataset"]],
    ["lexicon: named accuracy variants", "It reaches 83.0 relaxed accuracy on ChartQA.", ["relaxed accuracy", "metric"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});

describe("lexicon conventions", () => {
  it.each([
    ["lexicon: Alpaca is the instruction data", "Starting from a pool drawn from Alpaca, ShareGPT and Dolly, we select 6K examples.", ["Alpaca", "dataset"]],
    ["lexicon: a sized Alpaca is still a checkpoint", "We compare with Alpaca-7B and Vicuna-13B on MT-Bench.", ["Alpaca-7B", "model"]],
  ])("%s", (_rule, abstract, expected) => expect(found(abstract)).toContainEqual(expected));
});
