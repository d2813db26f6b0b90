/**
 * The extractor version that tags stored results: a hash of every file extract() is built
 * from, so any change to what it returns re-extracts every paper and a stale result is never
 * used. The files are found by following the relative imports of packages/extract/src/
 * extract.ts: its source modules and the lexicon data they load (data/lexicon/*.json), and
 * nothing else (the relation rules, which do not change mentions, are not in it). That is
 * safer than a version constant someone must remember to bump while the rules are tuned
 * daily. The compact format's own number and compromise's version are hashed too.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when compact.ts changes what a stored result means. */
export const COMPACT_FORMAT_VERSION = 1;

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

export interface ExtractorSources {
  /** The module extract() lives in; everything it imports (relative paths) is hashed. */
  entry: string;
  /** Versions of libraries the extractor runs (compromise). */
  libraries: string;
}

export function defaultExtractorSources(root = REPO_ROOT): ExtractorSources {
  // compromise's exports map hides its package.json from require, so it is read as a file.
  const manifest = join(root, "packages", "extract", "node_modules", "compromise", "package.json");
  const compromise = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return { entry: join(root, "packages", "extract", "src", "extract.ts"), libraries: `compromise@${compromise.version}` };
}

const RELATIVE_IMPORT = /(?:from|import)\s+["'](\.{1,2}\/[^"']+)["']/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, "index.ts")].find((path) => /\.(ts|json)$/.test(path) && existsSync(path));
}

/** `entry` and every file it reaches through relative imports, sorted. */
export function extractorFiles(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith(".ts")) return;
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return [...seen].sort();
}

export function extractorVersion(sources: ExtractorSources = defaultExtractorSources()): string {
  const hash = createHash("sha256");
  hash.update(`compact ${COMPACT_FORMAT_VERSION}\0${sources.libraries}`);
  const root = dirname(sources.entry);
  for (const file of extractorFiles(sources.entry)) {
    // Names relative to the entry, so the same tree elsewhere has the same version.
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 32);
}

/** The store key of a paper's text: what extract() reads, and nothing else. */
export function contentKey(paper: { title: string; abstract: string }): string {
  // The title's length first, so no split of one string between title and abstract collides.
  return createHash("sha256").update(`${paper.title.length}:`).update(paper.title).update(paper.abstract).digest("base64url");
}
