// `pnpm eval agreement FIRST.jsonl SECOND.jsonl`: how far two annotators of the same papers
// agree, scored exactly as the extractor is scored. Each annotation in turn is the gold and the
// other's required entities (not optional, as a system has no "optional") are the system's
// output; the mean of the two F1s is the agreement. It bounds what a gold figure can show:
// an extractor judged by one annotator cannot be expected to beat a second annotator by much.

import { readFileSync } from "node:fs";
import { type Counts, type GoldEntity, type SystemEntity, addScore, empty, format, prf, scorePaper } from "./eval";

interface AnnotatedPaper {
  id: string;
  entities: GoldEntity[];
}

function readAnnotation(path: string): Map<string, GoldEntity[]> {
  const papers = new Map<string, GoldEntity[]>();
  readFileSync(path, "utf8").split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    let paper: AnnotatedPaper;
    try {
      paper = JSON.parse(line) as AnnotatedPaper;
    } catch {
      throw new Error(`${path}:${index + 1}: not a JSON object`);
    }
    papers.set(paper.id, paper.entities);
  });
  return papers;
}

/** An annotator's required entities, as a system would output them. */
export function asSystem(entities: GoldEntity[]): SystemEntity[] {
  return entities.filter((e) => !e.optional).map((e) => ({ name: e.name, type: e.type, mentions: e.aliases ?? [] }));
}

export interface Agreement {
  papers: number;
  typed: Counts;
  untyped: Counts;
  byType: Map<string, Counts>;
}

/** `second` scored against `first` as gold, over the papers both annotated. */
export function scoreAgainst(first: Map<string, GoldEntity[]>, second: Map<string, GoldEntity[]>): Agreement {
  const result: Agreement = { papers: 0, typed: empty(), untyped: empty(), byType: new Map() };
  for (const [id, gold] of first) {
    const other = second.get(id);
    if (!other) continue;
    result.papers++;
    addScore(result, scorePaper(gold, asSystem(other)));
  }
  return result;
}

export async function evalAgreement(args: string[]): Promise<number> {
  const [firstPath, secondPath] = args;
  if (!firstPath || !secondPath) {
    console.error("usage: pnpm eval agreement FIRST.jsonl SECOND.jsonl");
    return 2;
  }
  let first: Map<string, GoldEntity[]>;
  let second: Map<string, GoldEntity[]>;
  try {
    [first, second] = [readAnnotation(firstPath), readAnnotation(secondPath)];
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const typedF1s: number[] = [];
  for (const [goldPath, gold, otherPath, other] of [[firstPath, first, secondPath, second], [secondPath, second, firstPath, first]] as const) {
    const result = scoreAgainst(gold, other);
    console.log(`${otherPath} against ${goldPath} as gold: ${result.papers} papers`);
    console.log(format("untyped", result.untyped));
    console.log(format("typed", result.typed));
    for (const type of ["method", "model", "dataset", "task", "metric"]) console.log(format(`  ${type}`, result.byType.get(type) ?? empty()));
    console.log("");
    typedF1s.push(prf(result.typed).f1);
  }
  console.log(`agreement (mean typed F1 of the two directions): ${((typedF1s[0]! + typedF1s[1]!) / 2).toFixed(3)}`);
  return 0;
}
