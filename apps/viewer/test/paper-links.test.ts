import { describe, expect, it } from "vitest";
import { arxivIdOf, paperLinks } from "../src/data/paper-links";

describe("paper links", () => {
  it.each([
    ["arxivId field", { id: "dpo", arxivId: "2305.18290" }, "2305.18290"],
    ["id is an arXiv id with version", { id: "2305.18290v3" }, "2305.18290"],
    ["id with arxiv: prefix", { id: "arXiv:1707.06347" }, "1707.06347"],
    ["old-style id", { id: "hep-th/9901001v2" }, "hep-th/9901001"],
    ["arXiv abs URL", { id: "x", url: "http://arxiv.org/abs/2305.18290v3" }, "2305.18290"],
    ["arXiv pdf URL", { id: "x", url: "https://arxiv.org/pdf/2402.03300v2.pdf" }, "2402.03300"],
    ["Hugging Face papers URL", { id: "x", url: "https://huggingface.co/papers/2501.12948" }, "2501.12948"],
    ["arXiv DOI URL", { id: "x", url: "https://doi.org/10.48550/arXiv.2305.20050" }, "2305.20050"],
    ["a slug id and no URL", { id: "optimizing-language-model-s-reasoning-3e2f7918" }, undefined],
    ["a Semantic Scholar URL", { id: "0d1c76d45afa012ded7ab741194baf142117c495", url: "https://www.semanticscholar.org/paper/0d1c76d4" }, undefined],
    ["an arXiv-looking path on another host", { id: "x", url: "https://evil.example/arxiv.org/abs/2305.18290" }, undefined],
  ])("arxiv id: %s", (_case, paper, expected) => {
    expect(arxivIdOf(paper)).toBe(expected);
  });

  it("links arXiv and Hugging Face for an arXiv paper, without repeating its arXiv URL", () => {
    expect(paperLinks({ id: "x", url: "http://arxiv.org/abs/2305.18290v3" })).toEqual([
      { kind: "arxiv", label: "arXiv", href: "https://arxiv.org/abs/2305.18290" },
      { kind: "hf", label: "Hugging Face", href: "https://huggingface.co/papers/2305.18290" },
    ]);
  });

  it("keeps another http(s) page as the source link", () => {
    expect(paperLinks({ id: "abc", url: "https://www.semanticscholar.org/paper/abc" })).toEqual([{ kind: "source", label: "semanticscholar.org", href: "https://www.semanticscholar.org/paper/abc" }]);
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//arxiv.org/abs/2305.18290", "https://"])("never links a non-http(s) URL: %s", (url) => {
    expect(paperLinks({ id: "slug-id", url })).toEqual([]);
  });
});
