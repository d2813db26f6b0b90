import { describe, expect, it } from "vitest";
import { cleanText, detectFormat, normaliseArxivId, normaliseDoi, parsePaperDate, abstractFromInvertedIndex } from "../src/index";

describe("cleanText", () => {
  it.each([
    ["whitespace", "  Deep   learning\n for\tall  ", "Deep learning for all"],
    ["a lone line break, tab or no-break space", "Deep\nlearning\tfor\u00a0all", "Deep learning for all"],
    ["a space before a tab, a tab before a space", "Deep \tlearning\t for all", "Deep learning for all"],
    ["two spaces only", "Deep  learning", "Deep learning"],
    ["blank lines", "Deep\n\nlearning\r\n\r\nfor all", "Deep learning for all"],
    ["single spaces left as they are", "Deep learning for all", "Deep learning for all"],
    ["emph", "We call it \\emph{Direct Preference Optimization}.", "We call it Direct Preference Optimization."],
    ["nested textbf/emph", "\\textbf{\\emph{Bold}} claim", "Bold claim"],
    ["old-style font switches", "Bridged infOrmation ({\\sc Turbo}), a {\\bf bold} and \\textbf{{\\it nested}} claim", "Bridged infOrmation (Turbo), a bold and nested claim"],
    ["escapes", "100\\% of A \\& B", "100% of A & B"],
    ["tie", "see Fig.~3 and et~al.", "see Fig. 3 and et al."],
    ["url tilde kept", "https://x.org/~user/page", "https://x.org/~user/page"],
    ["inline math", "runs in $O(n^2)$ time with $\\sim$90\\% recall", "runs in O(n^2) time with ∼90% recall"],
    ["math symbols", "$\\alpha \\leq 0.5$", "α≤0.5"],
    ["superscript glued inside a name", "we introduce A$^2$LC, an Active and Automated Label Correction framework", "we introduce A2LC, an Active and Automated Label Correction framework"],
    ["superscript glued after a name", "PaccMann$^{RL}$ generates molecules", "PaccMannRL generates molecules"],
    ["a free-standing power stays math", "grows as $n^2$ with $x_t$", "grows as n^2 with x_t"],
    ["a name set in a math font", "We introduce $\\mathsf{Anubis}$, a tool, and $\\boldsymbol{\\pi}$-Net", "We introduce Anubis, a tool, and π-Net"],
    ["an accent over a math symbol", "we show that $\\tilde Θ(n)$ and $\\hat{y}$ suffice", "we show that Θ(n) and y suffice"],
    ["a command with no symbol stays a word of its own", "with $d \\ll D$, $d \\lesssim D$ and $\\log N$ steps", "with d ≪D, d lesssim D and log N steps"],
    ["spacing commands are spaces", "achieving $\\leq$35\\,ms latency, as Smith et al.\\ show", "achieving ≤35 ms latency, as Smith et al. show"],
    ["a degree sign", "cuts rotation error from 22.91$^\\circ$ to 20.93$^{\\circ}$", "cuts rotation error from 22.91° to 20.93°"],
    ["a numbered script on a name in math", "3DRot raises $IoU_{3D}$ from 43.21 and boosts $mAP_{0.5}$, $F_1$, $x_t$ and $\\text{RLAE}_\\text{PPO}$", "3DRot raises IoU3D from 43.21 and boosts mAP0.5, F_1, x_t and RLAE_PPO"],
    ["a capital with an infinity script is the norm's or the control's name", "a robust $H_\\infty$ control law and the $\\mathcal{H}_{\\infty}$ norm, as $x_\\infty$ grows", "a robust H∞ control law and the H∞ norm, as x_∞ grows"],
    ["a Greek letter with a numbered script alone is a name", "matches commercial models such as $π_0$-FAST, $\\pi_{0.5}$ and RICL-$π_{0}$-FAST, where $\\alpha_1 + 1$", "matches commercial models such as π0-FAST, π0.5 and RICL-π0-FAST, where α_1 + 1"],
    ["a link with a space after its scheme", "Code is at https: //anonymous.4open.science/r/ChemHAS-01E4/README.md.", "Code is at https://anonymous.4open.science/r/ChemHAS-01E4/README.md."],
    ["a LaTeX dash between words", "whole-body motor skills--spanning manipulation---and Hamilton--Jacobi multi--view reachability", "whole-body motor skills — spanning manipulation — and Hamilton--Jacobi multi--view reachability"],
    ["a LaTeX dash before a compound's suffix is a hyphen (heldout-cv, tuned)", "categorizing approaches into 2D--based, Neural Radiance Fields (NeRF)--based, diffusion--based techniques", "categorizing approaches into 2D-based, Neural Radiance Fields (NeRF)-based, diffusion-based techniques"],
    ["a character by its code point (MathJax's \\unicode)", "lost during sanitization $\\unicode{x2013}$ this, a \\unicode{8212} b", "lost during sanitization – this, a — b"],
    ["lone dollar", "costs $5 per run", "costs $5 per run"],
    ["html tags", "We use <i>attention</i> and <sub>2</sub>", "We use attention and 2"],
    ["html entities", "A &amp; B &lt;tag&gt; caf&eacute; &#8211; x", "A & B <tag> café – x"],
    ["script is text, not html", "<script>alert(1)</script> ok", "alert(1) ok"],
    ["a sentence break that lost its space", "preserving the ability of TSFMs.Extensive experiments on data.We show", "preserving the ability of TSFMs. Extensive experiments on data. We show"],
    ["abbreviations and versions keep their dots", "e.g.Foo from the U.S.Army with Qwen2.5 on arXiv.org", "e.g.Foo from the U.S.Army with Qwen2.5 on arXiv.org"],
  ])("rule %s", (_rule, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe("identifiers and dates", () => {
  it.each([
    ["https://doi.org/10.1038/NATURE24270", "10.1038/nature24270"],
    ["doi:10.5555/3294996.3295184", "10.5555/3294996.3295184"],
    ["not a doi", undefined],
  ])("doi %s", (raw, expected) => expect(normaliseDoi(raw)).toBe(expected));

  it.each([
    ["arXiv:2401.01234v2", "2401.01234"],
    ["https://arxiv.org/abs/2305.18290v3", "2305.18290"],
    ["hep-th/9901001v1", "hep-th/9901001"],
    ["W2741809807", undefined],
  ])("arxiv %s", (raw, expected) => expect(normaliseArxivId(raw)).toBe(expected));

  it.each([
    ["2024-01-11T08:00:00Z", { date: "2024-01-11", year: 2024 }],
    ["2023/5/9", { date: "2023-05-09", year: 2023 }],
    ["2023-02-30", { year: 2023 }],
    [2017, { year: 2017 }],
    ["Published 2019", { year: 2019 }],
    ["soon", {}],
  ])("date %s", (raw, expected) => expect(parsePaperDate(raw)).toEqual(expected));

  it("inverted index is rebuilt in word order", () => {
    expect(abstractFromInvertedIndex({ the: [0, 3], cat: [1], saw: [2], dog: [4] })).toBe("the cat saw the dog");
  });
});

describe("detectFormat", () => {
  it.each([
    ["a.jsonl", '{"title":"x"}', "jsonl"],
    ["a.json", '{"title":"x"}\n{"title":"y"}\n', "jsonl"],
    ["a.json", '[{"title":"x"}]', "json"],
    ["a.csv", "Title,Abstract", "csv"],
    ["a.tab", "Title\tAbstract", "tsv"],
    ["a.bib", "@article{x,", "bibtex"],
    ["a.ris", "TY  - JOUR", "ris"],
    ["a.xml", '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "arxiv-atom"],
    ["a.xml", "<html><body></body></html>", undefined],
    ["listing.txt", "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n", "daily-papers"],
    ["export", "TY  - JOUR\nTI  - x\n", "ris"],
    ["export", "% comment\n@inproceedings{key,\n", "bibtex"],
    ["notes.md", "# notes", undefined],
    ["notes.txt", "just some text", undefined],
  ])("%s -> %s", (name, head, expected) => {
    expect(detectFormat(name, head)).toBe(expected);
  });
});
