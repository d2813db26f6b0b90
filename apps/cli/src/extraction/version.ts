/**
 * The extractor version that tags stored results: a hash of everything that decides what
 * extract() returns, so any change re-extracts every paper and a stale result is never used.
 * It covers the lexicon data (data/lexicon/*.json) and the extractor's source files
 * (packages/extract/src), rather than a version constant someone must remember to bump while
 * the rules are tuned daily, plus the compact format's own number and compromise's version.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when compact.ts changes what a stored result means. */
export const COMPACT_FORMAT_VERSION = 1;

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

export interface ExtractorSources {
  lexiconDir: string;
  sourceDir: string;
  /** Versions of libraries the extractor runs (compromise). */
  libraries: string;
}

export function defaultExtractorSources(): ExtractorSources {
  // compromise's exports map hides its package.json from require, so it is read as a file.
  const compromiseManifest = join(REPO_ROOT, "packages", "extract", "node_modules", "compromise", "package.json");
  const compromise = JSON.parse(readFileSync(compromiseManifest, "utf8")) as { version: string };
  return {
    lexiconDir: join(REPO_ROOT, "data", "lexicon"),
    sourceDir: join(REPO_ROOT, "packages", "extract", "src"),
    libraries: `compromise@${compromise.version}`,
  };
}

/** Files of `dir` ending in `ext`, in name order, hashed with their names. */
function hashFiles(hash: ReturnType<typeof createHash>, dir: string, ext: string): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(ext)).sort()) {
    hash.update(`\0${name}\0`);
    hash.update(readFileSync(join(dir, name)));
  }
}

export function extractorVersion(sources: ExtractorSources = defaultExtractorSources()): string {
  const hash = createHash("sha256");
  hash.update(`compact ${COMPACT_FORMAT_VERSION}\0${sources.libraries}`);
  hashFiles(hash, sources.lexiconDir, ".json");
  hashFiles(hash, sources.sourceDir, ".ts");
  return hash.digest("hex").slice(0, 32);
}

/** The store key of a paper's text: what extract() reads, and nothing else. */
export function contentKey(paper: { title: string; abstract: string }): string {
  // The title's length first, so no split of one string between title and abstract collides.
  return createHash("sha256").update(`${paper.title.length}:`).update(paper.title).update(paper.abstract).digest("base64url");
}
