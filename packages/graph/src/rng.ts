/** A random source in [0, 1): every random step in fieldmap takes one, so runs repeat. */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG with good statistical quality for layout seeding and
 * Louvain's node order. Not for cryptography.
 */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
