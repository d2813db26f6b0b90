/**
 * Stable paper ids and the title normalisation dedupe relies on.
 * The id is a function of the normalised title only, so the same paper read from two
 * listings (or two formats) gets the same id.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents folded, punctuation and spacing collapsed: "Self-Play: A Study" -> "self play a study". */
export function normaliseTitle(title: string): string {
  // Most titles are ASCII, which NFKD and the accent rule leave as they are and whose letters
  // and digits are [a-z0-9] once lower-cased: the same result for half the time at 100k papers.
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: cheap, stable, good enough to tell titles apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

const SLUG_WORDS = 5;
const SLUG_MAX_CHARS = 40;

/** `self-play-preference-optimization-for-3f2a9c1e`: a readable slug plus a hash of the whole normalised title. */
export function paperIdFromTitle(title: string): string {
  const normalised = normaliseTitle(title);
  const slug = normalised
    .split(" ")
    .slice(0, SLUG_WORDS)
    .join("-")
    .slice(0, SLUG_MAX_CHARS)
    .replace(/-+$/, "");
  const hash = fnv1a(normalised);
  return slug ? `${slug}-${hash}` : `paper-${hash}`;
}
