/**
 * The extractor version that tags stored results: a hash of every file extract() and
 * extractRelations() are built from, so any change to what they return re-extracts every
 * paper and a stale result is never used. The files are found by following the relative
 * imports of packages/extract/src/extract.ts and relations.ts: their source modules and the
 * lexicon data they load (data/lexicon/*.json, the relation cues included), and nothing else
 * (normalisation, which runs over the corpus after the store, is not in it). That is safer
 * than a version constant someone must remember to bump while the rules are tuned daily. The
 * compact format's own number and compromise's version are hashed too.
 */
import * as crypto from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when compact.ts or compact-relations.ts changes what a stored result means (2: relations stored). */
export const COMPACT_FORMAT_VERSION = 2;

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

export interface ExtractorSources {
  /** The modules extract() and extractRelations() live in; everything they import (relative paths) is hashed. */
  entries: string[];
  /** Versions of libraries the extractor runs (compromise). */
  libraries: string;
}

export function defaultExtractorSources(root = REPO_ROOT): ExtractorSources {
  // compromise's exports map hides its package.json from require, so it is read as a file.
  const manifest = join(root, "packages", "extract", "node_modules", "compromise", "package.json");
  const compromise = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  const src = join(root, "packages", "extract", "src");
  return { entries: [join(src, "extract.ts"), join(src, "relations.ts")], libraries: `compromise@${compromise.version}` };
}

const RELATIVE_IMPORT = /(?:from|import)\s+["'](\.{1,2}\/[^"']+)["']/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, join(base, "index.ts")].find((path) => /\.(ts|json)$/.test(path) && existsSync(path));
}

/** `entries` and every file they reach through relative imports, sorted. */
export function extractorFiles(entries: readonly string[]): string[] {
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
  entries.forEach(visit);
  return [...seen].sort();
}

export function extractorVersion(sources: ExtractorSources = defaultExtractorSources()): string {
  const hash = crypto.createHash("sha256");
  hash.update(`compact ${COMPACT_FORMAT_VERSION}\0${sources.libraries}`);
  const root = dirname(sources.entries[0] ?? ".");
  for (const file of extractorFiles(sources.entries)) {
    // Names relative to the first entry, so the same tree elsewhere has the same version.
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 32);
}

/**
 * Node's one-shot digest (Node 20.12 on): one call instead of a Hash object and three updates,
 * 370-455 -> 240-280 ms for 101,000 papers' keys, which a rebuild makes before it knows which
 * papers are new. Looked up, not imported by name, so an older Node falls back.
 */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64url") => string }).hash;

/** The store key of a paper's text: what extract() reads, and nothing else. */
export function contentKey(paper: { title: string; abstract: string }): string {
  // The title's length first, so no split of one string between title and abstract collides.
  const text = `${paper.title.length}:${paper.title}${paper.abstract}`;
  return oneShotHash ? oneShotHash("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url");
}
