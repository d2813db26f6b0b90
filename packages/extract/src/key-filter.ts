/**
 * A Bloom filter in front of the lexicon's maps of names (lookup(), the model-name parser, and the
 * lexicon scan where its trie, key-trie.ts, marks a key). Most strings looked up there name
 * nothing, and each is new to V8: its first hash is computed out of line, and its bucket lies
 * somewhere in a map of some 12,000 keys, so a miss cost about 200 ns. Two bits of a hash computed
 * here over the char codes, in a table of 32 KB, answer "surely not" for most of them; about 2% of
 * misses still reach the map.
 */
const BITS = 1 << 18;
const MASK = BITS - 1;

export type KeyFilter = Uint32Array;

export function createKeyFilter(keys: Iterable<string>): KeyFilter {
  const filter = new Uint32Array(BITS >>> 5);
  for (const key of keys) setBits(filter, hashUpTo(key, key.length));
  return filter;
}

/** False when the key cannot be in the set. */
export function mayHaveKey(filter: KeyFilter, key: string): boolean {
  return hasBits(filter, hashUpTo(key, key.length));
}

// 32-bit FNV-1a over UTF-16 code units.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashUpTo(key: string, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < end; k++) hash = Math.imul(hash ^ key.charCodeAt(k), FNV_PRIME);
  return hash;
}

// The second bit comes from the same hash, remixed (Kirsch and Mitzenmacher: two hashes suffice).
function secondBit(hash: number): number {
  return (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 11) & MASK;
}

function setBits(filter: KeyFilter, hash: number): void {
  const a = hash & MASK;
  const b = secondBit(hash);
  filter[a >>> 5]! |= 1 << (a & 31);
  filter[b >>> 5]! |= 1 << (b & 31);
}

function hasBits(filter: KeyFilter, hash: number): boolean {
  const a = hash & MASK;
  const b = secondBit(hash);
  return (filter[a >>> 5]! & (1 << (a & 31))) !== 0 && (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}
