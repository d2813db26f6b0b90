import { describe, expect, it } from "vitest";
import { buildGraph } from "../src";
import { entity, paper } from "./fixtures";

describe("big corpora", () => {
  it("dates an entity of 200,000 papers without overflowing the stack", () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `p${i}`);
    const papers = ids.map((id, i) => paper(id, 2000 + (i % 25)));
    const built = buildGraph(papers, [entity("LLM", "model", ids), entity("GRPO", "method", ids.slice(0, 10))], { minCount: 1 });
    expect(built.graph.getNodeAttributes("LLM")).toMatchObject({ first_year: 2000, last_year: 2024 });
  });
});
