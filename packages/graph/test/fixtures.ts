import type { Paper } from "@fieldmap/corpus";
import type { Entity, EntityType, Mention } from "@fieldmap/extract";

export function entity(id: string, type: EntityType, papers: string[]): Entity {
  return { id, name: id, type, aliases: [], papers, count: papers.length, proposed: false };
}

export function paper(id: string, year?: number): Paper {
  return { id, title: `Paper ${id}`, abstract: "", source: "test", ...(year ? { year } : {}) };
}

/** Two planted topics (RL for reasoning, diffusion for images) joined by one bridge paper. */
export function twoTopics(): { papers: Paper[]; entities: Entity[] } {
  const rl = ["p1", "p2", "p3", "p4", "p5"];
  const img = ["q1", "q2", "q3", "q4", "q5"];
  const papers = [...rl.map((id, i) => paper(id, 2023 + (i % 2))), ...img.map((id) => paper(id, 2022)), paper("bridge", 2024)];
  const entities = [
    entity("GRPO", "method", [...rl, "bridge"]),
    entity("PPO", "method", rl.slice(0, 4)),
    entity("GSM8K", "dataset", rl.slice(1)),
    entity("Qwen2.5-7B", "model", rl),
    entity("diffusion model", "method", [...img, "bridge"]),
    entity("FID", "metric", img),
    entity("COCO", "dataset", img.slice(0, 4)),
    entity("text-to-image generation", "task", img.slice(1)),
  ];
  return { papers, entities };
}

export function mention(paperId: string, surface: string, sentence: string, canonical = surface): Mention {
  const start = sentence.indexOf(surface);
  return { paperId, surface, start, end: start + surface.length, sentence, type: "method", proposed: false, canonical };
}
