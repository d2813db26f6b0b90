import { describe, expect, it } from "vitest";
import { RELATION_TYPES, allowedTypes, extract, extractRelations, nameRelations } from "../src/index";

/** The relations of one made-up paper, as [head, relation, tail] canonical names. */
function relations(abstract: string, title = "A study of training") {
  const paper = { id: "p", title, abstract, source: "test" };
  const mentions = extract(paper);
  return { mentions, relations: extractRelations(paper, mentions) };
}

function triples(abstract: string, title?: string): string[] {
  const { mentions, relations: found } = relations(abstract, title);
  return found.map((r) => `${mentions[r.head]!.canonical} ${r.relation} ${mentions[r.tail]!.canonical}`);
}

const OWN_TITLE = "ZetaPO: Stable Policy Optimization";

/** A sentence of the own-titled paper gives `present` and not `absent`: the guard and the rule beside it. */
function expectAbsentAndPresent(abstract: string, absent: string, present: string): void {
  const found = triples(abstract, OWN_TITLE);
  expect(found).not.toContain(absent);
  expect(found).toContain(present);
}

describe("relation patterns", () => {
  it.each([
    ["evaluated-on: experiments on a benchmark", "Experiments on HumanEval show that ZetaPO is robust.", "ZetaPO evaluated-on HumanEval"],
    ["evaluated-on: we evaluate X on D", "We evaluate ZetaPO on MBPP.", "ZetaPO evaluated-on MBPP"],
    ["trained-with: fine-tune M with X", "We fine-tune Qwen2.5-7B with GRPO.", "Qwen2.5-7B trained-with GRPO"],
    ["trained-with: ... on data", "We fine-tune Qwen2.5-7B with GRPO on MetaMathQA.", "Qwen2.5-7B trained-with MetaMathQA"],
    ["trained-with: M trained with X", "Llama-3.1-8B-Instruct trained with DPO reaches higher accuracy.", "Llama-3.1-8B-Instruct trained-with DPO"],
    ["builds-on: builds on", "ZetaPO builds on GRPO.", "ZetaPO builds-on GRPO"],
    ["builds-on: uses", "ZetaPO uses MCTS to search.", "ZetaPO builds-on MCTS"],
    ["builds-on: apposition", "We propose ZetaPO, a variant of GRPO.", "ZetaPO builds-on GRPO"],
    ["outperforms: verb", "ZetaPO outperforms PPO by a wide margin.", "ZetaPO outperforms PPO"],
    ["outperforms: passive", "PPO is outperformed by ZetaPO.", "ZetaPO outperforms PPO"],
    ["outperforms: gains over", "ZetaPO achieves large gains over DPO.", "ZetaPO outperforms DPO"],
    ["addresses: a benchmark for a task", "We introduce ScreenBench, a benchmark for GUI grounding.", "ScreenBench addresses GUI grounding"],
    ["measured-by: metric on a benchmark", "ZetaPO improves pass@1 on AIME 2024.", "AIME 2024 measured-by pass@1"],
    ["measured-by: subject improves metric", "ZetaPO improves accuracy on AIME 2024.", "ZetaPO measured-by accuracy"],
    ["outperforms: 'not only' adds, it does not negate", "ZetaPO not only outperforms PPO but also generalizes.", "ZetaPO outperforms PPO"],
    ["outperforms: 'it' with an adverb before the verb", "Even with small backbones, it often surpasses GPT-4o.", "ZetaPO outperforms GPT-4o"],
    ["outperforms: 'our' and words before the own noun", "Our proposed policy optimization framework outperforms DPO.", "ZetaPO outperforms DPO"],
    ["measured-by: the value a result reaches", "ZetaPO improves over the baseline, achieving 96.9% success rates with grippers.", "ZetaPO measured-by success rate"],
    ["measured-by: the rank a result reaches", "Meanwhile, GPT-4o achieves the highest accuracy at 86.1%.", "GPT-4o measured-by accuracy"],
    ["addresses: results in a task", "Extensive experiments demonstrate substantial improvements in temporal reasoning.", "ZetaPO addresses temporal reasoning"],
    ["addresses: the results clause's own subject, not the paper's", "We find that pretrained Llama-3.1-8B outperforms existing models on code generation.", "Llama-3.1-8B addresses code generation"],
    ["addresses: capabilities shown", "Our method exhibits exceptional mathematical reasoning and code generation capabilities.", "ZetaPO addresses mathematical reasoning"],
    ["measured-by: a participle after an adverb continues the own result", "ZetaPO achieves a remarkable 8x speedup over PPO while also improving accuracy by 5%.", "ZetaPO measured-by accuracy"],
    ["measured-by: a change counted in a measure", "In experiments, ZetaPO yields a 1.8% accuracy gain over GPT-4o.", "ZetaPO measured-by accuracy"],
    ["measured-by: a change in a measure", "Experiments show that ZetaPO achieves a 12.87% improvement in MAE.", "ZetaPO measured-by MAE"],
    ["measured-by: a measure after the words that say whose it is", "Experiments show that ZetaPO reduces attention-layer latency by 19%.", "ZetaPO measured-by latency"],
    ["measured-by: 'both' before the measures", "Experiments show that ZetaPO outperforms PPO in terms of both accuracy and latency.", "ZetaPO measured-by latency"],
    ["evaluated-on: 'the resulting model' is the own entity", "The resulting model achieves state-of-the-art results on nuPlan.", "ZetaPO evaluated-on nuPlan"],
    ["evaluated-on: the datasets a result is got with", "We evaluated ZetaPO on two base models, Gemma-2-2B and Llama-3-8B, using two datasets, HH-RLHF and UltraFeedback.", "ZetaPO evaluated-on UltraFeedback"],
    ["evaluated-on: an own phrase of four words, whose mention only describes it", "Our proposed 3DGS data compression framework achieves state-of-the-art performance across multiple benchmarks, including Mip-NeRF360 and BungeeNeRF.", "ZetaPO evaluated-on BungeeNeRF"],
    ["measured-by: a participle after a subjectless result of the experiments", "Real-world experiments demonstrate substantial improvements over baselines, achieving 96.9% success rates with grippers.", "ZetaPO measured-by success rate"],
    ["measured-by: a change the experiments show, with no subject", "Experiments show its effectiveness, e.g., a 1.8% accuracy gain over GPT-4o.", "ZetaPO measured-by accuracy"],
    ["builds-on: a list goes on after 'combined with'", "ZetaPO leverages DPO combined with PPO to stabilise training.", "ZetaPO builds-on PPO"],
    ["evaluated-on: the parts of a benchmark", "We evaluate ZetaPO on the seven core datasets of the BOP Benchmark.", "ZetaPO evaluated-on BOP"],
    ["evaluated-on: the tasks drawn from a benchmark", "ZetaPO reaches high success rates on 81 diverse rearrangement tasks from the BEHAVIOR-1K benchmark.", "ZetaPO evaluated-on BEHAVIOR"],
    ["evaluated-on: the evaluation a result was got in", "In the challenging AIME2024 evaluation, ZetaPO achieves 40% accuracy.", "ZetaPO evaluated-on AIME 2024"],
    ["evaluated-on: problems drawn from benchmarks", "ZetaPO solves 80.7% of the problems from miniF2F.", "ZetaPO evaluated-on MiniF2F"],
    ["measured-by: a change in a measure after its bracket", "ZetaPO outperforms baselines by an average of 6.79% (32.06% relative improvement) in accuracy.", "ZetaPO measured-by accuracy"],
    ["evaluated-on: data a method is trained and evaluated on", "ZetaPO was trained and evaluated on HumanEval and MBPP.", "ZetaPO evaluated-on MBPP"],
    ["builds-on: a proposed part named as a module", "We design a Global-Local Decoupling (GLD) module that decomposes textual inputs into tokens.", "ZetaPO builds-on GLD"],
    ["builds-on: a proposed part named as a strategy", "We introduce the Selecting-Tuning-Maintaining (STM) strategy to tune the encoder.", "ZetaPO builds-on STM"],
    ["builds-on: a proposed part whose name ends in its kind", "Then we propose a Scene-Object Controller (SOC) that manages object motion.", "ZetaPO builds-on SOC"],
    ["builds-on: what is introduced in the own entity", "Specifically, in ZetaPO, we introduce ReconSimulator, which combines video diffusion priors.", "ZetaPO builds-on ReconSimulator"],
    ["builds-on: a part whose name ends in its kind, defined where a passive proposes it", "Finally, the Cousin Trajectory Generator (CTG) is proposed to address the issue of training data distribution.", "ZetaPO builds-on CTG"],
    ["measured-by: the own entity after the comma that closes 'compared to ...'", "Experiments show that, compared to common sparsity methods, ZetaPO reduces attention-layer latency by 19%.", "ZetaPO measured-by latency"],
    ["addresses: the purpose that opens a proposal, for the name proposed", "To address panoramic distortions in wide-FoV video generation, we propose the Panoramic Enhancer (PE), a dual-stream architecture.", "PE addresses video generation"],
    ["addresses: the purpose that opens a proposal, for 'we'", "To improve long-horizon planning, we present a modular framework.", "ZetaPO addresses long-horizon planning"],
    ["builds-on: a description inspired by a method", "We present ZetaPO, a novel approach inspired by Mixture of Experts (MoE) with expert choice routing.", "ZetaPO builds-on MoE"],
    ["builds-on: a proposal that opens with what inspired it", "Inspired by trust-region policy optimization (TRPO) in reinforcement learning, we propose ZetaPO.", "ZetaPO builds-on TRPO"],
    ["builds-on: a part defined where it is named, with no proposal cue", "A Position Embedding (PE) module is introduced to provide explicit spatial context.", "ZetaPO builds-on PE"],
    ["addresses: what a description says its subject is for", "We propose ZetaPO, a lightweight reinforcement learning framework that sets a new state of the art in mathematical reasoning.", "ZetaPO addresses mathematical reasoning"],
  ])("%s", (_rule, abstract, expected) => {
    expect(triples(abstract, OWN_TITLE)).toContain(expected);
  });

  it("trained-with: a training that opens the clause is the model's after its comma", () => {
    const found = triples("Trained on SuperRS-VQA and HighRS-VQA, ZetaLM-8B sets a new state of the art on XLRS-Bench.", "ZetaLM-8B: A Model for Remote Sensing");
    expect(found).toContain("ZetaLM-8B trained-with HighRS-VQA");
  });

  it("title: the named method addresses the task after the colon", () => {
    expect(triples("We study it.", "ZetaPO: Policy Optimization for Mathematical Reasoning")).toContain("ZetaPO addresses mathematical reasoning");
  });

  // Titles of dev papers: a known model opens the title as the paper's subject.
  it("title: a known name before the colon is the paper's own entity, which addresses the task after it", () => {
    const title = "Goedel-Prover-V2: Scaling Formal Theorem Proving with Scaffolded Data Synthesis and Self-Correction";
    expect(triples("The models set a new state of the art on MiniF2F.", title)).toContain("Goedel-Prover-V2 addresses formal theorem proving");
  });

  it.each([
    ["the task a title without a name states", "Reinforcement Learning for Mathematical Reasoning", "We propose ZetaPO, a data-efficient algorithm.", "ZetaPO addresses mathematical reasoning"],
    ["the means a title names", "Promoting Efficient Reasoning via Self-Play", "We propose ZetaPO, a data-efficient algorithm.", "ZetaPO builds-on self-play"],
  ])("title without a name: the paper's own entity takes %s", (_rule, title, abstract, expected) => {
    expect(triples(abstract, title)).toContain(expected);
  });

  it.each([
    ["a method the title only studies", "Mitigating Reward Hacking in RLHF", "We propose ZetaPO, a data-efficient algorithm.", "ZetaPO builds-on RLHF"],
    ["a method the title sets aside", "Scaling Reasoning via Search without Self-Play", "We propose ZetaPO, a data-efficient algorithm.", "ZetaPO builds-on self-play"],
  ])("title without a name: no relation to %s", (_rule, title, abstract, unexpected) => {
    expect(triples(abstract, title)).not.toContain(unexpected);
  });
});

describe("builds-on: a paper's own method named after another", () => {
  it.each([
    ["a long form holding a known method", "Test-time scaling improves reasoning. We propose Evolutionary Test-Time Scaling (EvoScale), a sample-efficient method.", "Evolutionary Test-Time Scaling builds-on test-time scaling"],
    ["a variant named by a word before the base", "Chain-of-Thought (CoT) prompting helps. We propose Spatial CoT, which reasons about space.", "Spatial CoT builds-on CoT"],
  ])("%s", (_rule, abstract, expected) => {
    expect(triples(abstract)).toContain(expected);
  });

  it.each([
    ["the field's variants", "We study deep reinforcement learning and reinforcement learning in games.", "deep RL builds-on RL"],
    ["a checkpoint and its family", "We fine-tune Llama-3.1 and Llama-3.1-8B with DPO.", "Llama-3.1-8B builds-on Llama-3.1"],
  ])("not %s", (_rule, abstract, unexpected) => {
    expect(triples(abstract)).not.toContain(unexpected);
  });

  it("points at the held name inside the longer one", () => {
    const { relations: found } = relations("Test-time scaling improves reasoning. We propose Evolutionary Test-Time Scaling (EvoScale), a sample-efficient method.");
    const named = found.find((r) => r.relation === "builds-on")!;
    expect(named.evidence.sentence.slice(...named.evidence.tail)).toBe("Test-Time Scaling");
    expect(named.evidence.sentence.slice(...named.evidence.head)).toBe("Evolutionary Test-Time Scaling");
  });
});

describe("trained-with: the models a result names were trained with the paper's method only if it trains", () => {
  const results = "Experiments show that ZetaPO boosts the accuracy of Qwen2.5-7B on GSM8K.";
  it("a paper that trains models", () => {
    expect(triples(`We train with reinforcement learning. ${results}`, OWN_TITLE)).toContain("Qwen2.5-7B trained-with ZetaPO");
  });
  it.each([
    ["a training-free method", `ZetaPO is a training-free decoding method. ${results}`],
    ["a testing method", "ZetaPO is a testing method. Experiments validate the effectiveness of ZetaPO on seven LLMs, including Qwen2.5-7B."],
  ])("not %s", (_rule, abstract) => {
    expect(triples(abstract, OWN_TITLE)).not.toContain("Qwen2.5-7B trained-with ZetaPO");
  });
});

describe("addresses: whose result a results clause reports", () => {
  it("not the models trained with a method: the method's", () => {
    const found = triples("Qwen2.5-7B and Llama-3.1-8B trained with GRPO achieve superior performance on code generation tasks.", OWN_TITLE);
    expect(found).not.toContain("Qwen2.5-7B addresses code generation");
  });
  it("not the paper's own entity when the clause names another subject", () => {
    expect(triples("We find that pretrained Llama-3.1-8B outperforms existing models on code generation.", "ZetaBench: A Benchmark for Code")).not.toContain("ZetaBench addresses code generation");
  });
});

describe("lists distribute", () => {
  it.each([
    ["datasets after 'on'", "Experiments on GSM8K, MATH-500 and AIME 2024 show that ZetaPO helps.", ["ZetaPO evaluated-on GSM8K", "ZetaPO evaluated-on MATH-500", "ZetaPO evaluated-on AIME 2024"]],
    ["competitors after the verb", "ZetaPO outperforms PPO, DPO and GRPO.", ["ZetaPO outperforms PPO", "ZetaPO outperforms DPO", "ZetaPO outperforms GRPO"]],
    ["subjects before the verb", "Qwen2.5-7B and Llama-3.1-8B trained with GRPO improve.", ["Qwen2.5-7B trained-with GRPO", "Llama-3.1-8B trained-with GRPO"]],
    ["datasets glossed in brackets", "Experiments on the iSAID (OVSS) and RRSIS-D (RES) benchmarks show that ZetaPO helps.", ["ZetaPO evaluated-on iSAID", "ZetaPO evaluated-on RRSIS-D"]],
    ["named examples of a class", "ZetaPO outperforms strong baselines, e.g., PPO and DPO.", ["ZetaPO outperforms PPO", "ZetaPO outperforms DPO"]],
    // The class is an entity too: the list goes on through it to its examples.
    ["measures each given with its value", "On nuScenes, ZetaPO reaches 62.1 NDS and 55.0 mAP.", ["ZetaPO measured-by nuScenes detection score", "ZetaPO measured-by mAP"]],
    ["examples of a class the rules name", "Our method significantly surpasses state-of-the-art imitation learning methods such as OpenVLA, DexVLA, and pi-zero.", ["ZetaPO outperforms OpenVLA", "ZetaPO outperforms DexVLA"]],
    ["examples of a class named in the plural", "ZetaPO outperforms established contrastive learning methods such as CLIP and MoCo, and vision transformers like DINOv2.", ["ZetaPO outperforms CLIP", "ZetaPO outperforms MoCo", "ZetaPO outperforms DINOv2"]],
  ])("%s", (_rule, abstract, expected) => {
    expect(triples(abstract, OWN_TITLE)).toEqual(expect.arrayContaining(expected));
  });
});

describe("'our method', 'we' and 'it' stand for the paper's own entity", () => {
  it.each([
    ["our method", "Our method outperforms PPO.", "ZetaPO outperforms PPO", "Our method"],
    ["the proposed approach", "The proposed approach outperforms PPO.", "ZetaPO outperforms PPO", "The proposed approach"],
    ["we + verb", "We leverage MCTS to explore.", "ZetaPO builds-on MCTS", "We"],
    ["It opening a sentence", "It outperforms DPO.", "ZetaPO outperforms DPO", "It"],
  ])("%s", (_rule, abstract, expected, headText) => {
    const { mentions, relations: found } = relations(abstract, OWN_TITLE);
    const relation = found.find((r) => `${mentions[r.head]!.canonical} ${r.relation} ${mentions[r.tail]!.canonical}` === expected);
    expect(relation?.evidence.sentence.slice(...relation.evidence.head)).toBe(headText);
  });

  it("without an own entity, 'our method' relates nothing", () => {
    expect(triples("Our method outperforms PPO.")).toEqual([]);
  });

  it("'we show that' is not the own entity using what follows", () => {
    expect(triples("We show that variants of PPO are unstable.", OWN_TITLE)).not.toContain("ZetaPO builds-on PPO");
  });
});

describe("negation and contrast give nothing", () => {
  it.each([
    ["without relying on", "ZetaPO builds on GRPO without relying on knowledge distillation.", "ZetaPO builds-on knowledge distillation", "ZetaPO builds-on GRPO"],
    ["does not outperform", "ZetaPO does not outperform DPO, but it outperforms PPO.", "ZetaPO outperforms DPO", "ZetaPO outperforms PPO"],
    ["rather than", "ZetaPO builds on GRPO rather than PPO.", "ZetaPO builds-on PPO", "ZetaPO builds-on GRPO"],
    ["a class, not a competitor", "ZetaPO outperforms other RL methods and beats DPO.", "ZetaPO outperforms RL", "ZetaPO outperforms DPO"],
    ["negated object", "ZetaPO outperforms neither PPO nor DPO, but it outperforms GRPO.", "ZetaPO outperforms PPO", "ZetaPO outperforms GRPO"],
  ])("%s", (_rule, abstract, absent, present) => expectAbsentAndPresent(abstract, absent, present));
});

describe("scores on a paper's own benchmark", () => {
  const BENCH_TITLE = "ZetaBench: A Benchmark for Code";

  it("a model's score with no dataset named is on the own benchmark, in the measure counted", () => {
    const found = triples("Results show that even the top-performing model GPT-4o achieves only 57.0% overall accuracy.", BENCH_TITLE);
    expect(found).toContain("GPT-4o evaluated-on ZetaBench");
    expect(found).toContain("ZetaBench measured-by accuracy");
  });

  it("the measures the benchmark says it is scored with, not those it sets out to replace", () => {
    const found = triples("Existing metrics like accuracy only focus on the final outcomes. Calibration is assessed with expected calibration error and Brier score.", BENCH_TITLE);
    expect(found).not.toContain("ZetaBench measured-by accuracy");
    expect(found).toContain("ZetaBench measured-by ECE");
    expect(found).toContain("ZetaBench measured-by Brier score");
  });

  it("a method's paper that names measures is not said to be scored with them", () => {
    const found = triples("Large language models generate content that contributes to key performance metrics, such as conversion rate.", OWN_TITLE);
    expect(found).not.toContain("ZetaPO measured-by conversion rate");
  });

  it("a score on a dataset the clause names is on that dataset", () => {
    const found = triples("Results show that GPT-4o achieves only 57.0% accuracy on HumanEval.", BENCH_TITLE);
    expect(found).not.toContain("GPT-4o evaluated-on ZetaBench");
    expect(found).toContain("GPT-4o evaluated-on HumanEval");
  });
});

describe("what the change and part rules leave out", () => {
  it("a sentence opening with a participle speaks of others' work, not the own result", () => {
    expect(triples("Existing methods focus primarily on reducing the word error rate.", OWN_TITLE)).not.toContain("ZetaPO measured-by WER");
  });

  it.each([
    ["a field's method before a change is its setting", "Reinforcement learning can bring a 6.3x improvement in the success rate, and ZetaPO achieves a 2.1% improvement in MAE.", "RL measured-by success rate", "ZetaPO measured-by MAE"],
    ["a mention inside an own phrase describes it and acts for nothing", "Our proposed 3DGS data compression framework achieves state-of-the-art performance on BungeeNeRF.", "3D Gaussian Splatting evaluated-on BungeeNeRF", "ZetaPO evaluated-on BungeeNeRF"],
    ["the base models a method is applied to are not tested on the data", "We evaluated ZetaPO on two base models, Gemma-2-2B and Llama-3-8B, using two datasets, HH-RLHF and UltraFeedback.", "Llama-3-8B evaluated-on UltraFeedback", "ZetaPO evaluated-on UltraFeedback"],
    ["the model a measure is of is no subject", "Without labels, ZetaPO boosts the accuracy of Qwen2.5-7B from 30.7% to 48.1% and improves truthfulness accuracy on TruthfulQA.", "Qwen2.5-7B measured-by accuracy", "ZetaPO measured-by accuracy"],
    ["the data a model is trained on is no result's data", "Trained on compressed GSM8K data, ZetaPO generalizes strongly across reasoning benchmarks including AIME 2024.", "ZetaPO evaluated-on GSM8K", "ZetaPO evaluated-on AIME 2024"],
    ["'A-based B' where B is the paper's new short form, not where B is the field's method", "ZetaPO consists of a Transformer-based Dense Spatio-Temporal Encoder (DSTE) and a decoder. Our results show that GRPO-based RL tuning outperforms SFT.", "RL builds-on GRPO", "DSTE builds-on Transformer"],
    ["'A-based' before a head and its verb describes no name after them", "We propose ZetaPO, which integrates Transformer-based models using OpenPose keypoints, and a deformable attention-based Omni-Feature Generator (OFG).", "OpenPose builds-on Transformer", "OFG builds-on deformable attention"],
    ["what 'compared with' names stays a competitor, untested", "Compared with GPT-4o, ZetaPO improves accuracy on MATH-500 by 5%.", "GPT-4o evaluated-on MATH-500", "ZetaPO evaluated-on MATH-500"],
    ["a purpose's task set aside is not addressed", "To enhance robustness without relying on video generation, we propose a modular framework. To improve long-horizon planning, we present ZetaPO.", "ZetaPO addresses video generation", "ZetaPO addresses long-horizon planning"],
    ["what other works tackle before a comma is no purpose of the paper's", "Recent works tackle video generation, yet we present a modular framework. To improve long-horizon planning, we present ZetaPO.", "ZetaPO addresses video generation", "ZetaPO addresses long-horizon planning"],
    ["tasks named as examples of the tasks the own system does, not of others' models", "Typically, these models are trained on extensive data sourced from the internet, which are sufficient for general tasks such as scene understanding and question answering. Leveraging classifier guidance, our model extends its capability to solve downstream tasks never encountered during training, including motion inpainting, joystick teleoperation, and obstacle avoidance.", "ZetaPO addresses scene understanding", "ZetaPO addresses obstacle avoidance"],
    ["a rival's defined part is beaten, not built on", "ZetaPO outperforms the Preserve-First-N (PFN) strategy, and a Position Embedding (PE) module is introduced.", "ZetaPO builds-on PFN", "ZetaPO builds-on PE"],
    ["a defined part of prior work is no own part", "Unlike the conventional Spatial Reduction Attention (SRA) module, a Position Embedding (PE) module is introduced.", "ZetaPO builds-on SRA", "ZetaPO builds-on PE"],
    ["a part named after the own entity is its variant, not its part", "We propose a ZetaPO-Lite module and a Global-Local Decoupling (GLD) module.", "ZetaPO builds-on ZetaPO-Lite", "ZetaPO builds-on GLD"],
    ["a field's unit defined in passing is no part", "Radio networks adopt disaggregated components, such as the Centralized Unit (CU) and the Distributed Unit (DU), to serve many users at once. Finally, the Cousin Trajectory Generator (CTG) is proposed to address the issue of training data distribution.", "ZetaPO builds-on CU", "ZetaPO builds-on CTG"],
    ["the own entity's description is not its part", "We propose ZetaPO, a Graph-Augmented Multimodal Encoder. We introduce a Voting Module (VM) to score anomalies.", "ZetaPO builds-on Graph-Augmented Multimodal Encoder", "ZetaPO builds-on VM"],
  ])("%s", (_rule, abstract, absent, present) => expectAbsentAndPresent(abstract, absent, present));
});

describe("type constraints", () => {
  it.each([
    ["evaluated-on", "model", "dataset", true],
    ["evaluated-on", "dataset", "dataset", false],
    ["trained-with", "method", "method", false],
    ["trained-with", "model", "dataset", true],
    ["builds-on", "method", "task", false],
    ["outperforms", "dataset", "method", false],
    ["addresses", "dataset", "task", true],
    ["addresses", "method", "concept", false],
    ["measured-by", "task", "metric", true],
    ["measured-by", "metric", "metric", false],
  ] as const)("%s %s -> %s: %s", (relation, head, tail, allowed) => {
    expect(allowedTypes(relation, head, tail)).toBe(allowed);
  });

  it("a benchmark is never said to outperform a method", () => {
    expect(triples("GSM8K outperforms PPO.")).toEqual([]);
  });

  it("every extracted relation respects its signature", () => {
    const { mentions, relations: found } = relations(
      "We propose ZetaPO, a variant of GRPO for mathematical reasoning. ZetaPO outperforms PPO on GSM8K and improves pass@1. We fine-tune Qwen2.5-7B with ZetaPO on MetaMathQA.",
      OWN_TITLE,
    );
    expect(new Set(found.map((r) => r.relation)).size).toBeGreaterThanOrEqual(5);
    for (const r of found) expect([r.relation, allowedTypes(r.relation, mentions[r.head]!.type, mentions[r.tail]!.type)]).toEqual([r.relation, true]);
    for (const r of found) expect(RELATION_TYPES).toContain(r.relation);
  });
});

describe("evidence", () => {
  it("offsets point at the mention text in the evidence sentence", () => {
    const { mentions, relations: found } = relations(
      "We propose ZetaPO, a variant of GRPO. Experiments on GSM8K, MATH-500 and AIME 2024 show that ZetaPO improves pass@1. ZetaPO outperforms PPO and DPO.",
      OWN_TITLE,
    );
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const r of found) {
      expect(r.evidence.sentence.slice(...r.evidence.head)).toBe(mentions[r.head]!.surface);
      expect(r.evidence.sentence.slice(...r.evidence.tail)).toBe(mentions[r.tail]!.surface);
      expect(mentions[r.tail]!.sentence).toBe(r.evidence.sentence);
    }
  });

  it("one relation per triple, with the first sentence that states it", () => {
    const { relations: found } = relations("ZetaPO outperforms PPO. Again, ZetaPO outperforms PPO.", OWN_TITLE);
    expect(found.filter((r) => r.relation === "outperforms")).toHaveLength(1);
    expect(found[0]!.evidence.sentence).toBe("ZetaPO outperforms PPO.");
  });

  it("nameRelations maps mentions to entity names, drops dropped entities, self-loops and retyped pairs", () => {
    const { relations: found, mentions } = relations("ZetaPO outperforms PPO and DPO.", OWN_TITLE);
    const names = mentions.map((m) => (m.canonical === "DPO" ? undefined : { name: m.canonical === "PPO" ? "Proximal PO" : m.canonical, type: m.type }));
    expect(nameRelations(found, (i) => names[i]).map((r) => [r.head, r.relation, r.tail])).toEqual([["ZetaPO", "outperforms", "Proximal PO"]]);
    expect(nameRelations(found, (i) => ({ name: "same", type: mentions[i]!.type }))).toEqual([]);
    // Two competitors normalised to one entity give one relation.
    const merged = (i: number) => ({ name: ["PPO", "DPO"].includes(mentions[i]!.canonical) ? "PO" : mentions[i]!.canonical, type: mentions[i]!.type });
    expect(nameRelations(found, merged).map((r) => [r.head, r.relation, r.tail])).toEqual([["ZetaPO", "outperforms", "PO"]]);
    expect(nameRelations(found, (i) => ({ name: mentions[i]!.canonical, type: "dataset" }))).toEqual([]);
  });
});
