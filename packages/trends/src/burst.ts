/**
 * Kleinberg's burst detection, two-state batched model (Kleinberg 2003, "Bursty and
 * hierarchical structure in streams", Data Mining and Knowledge Discovery 7(4),
 * doi:10.1023/A:1024940629314, section 4), as CiteSpace applies it to terms.
 *
 * Batch t holds d_t papers, r_t of which mention the entity. State 0 emits at the base
 * rate p0 = sum(r) / sum(d), state 1 at p1 = s * p0. Because each batch is scored as a
 * binomial draw of r_t out of d_t, the model follows the entity's share of each period's
 * papers: a corpus that grows does not make everything bursty. Entering state 1 costs
 * gamma * ln(n) for n batches; leaving it is free. The cheapest state sequence (Viterbi)
 * marks the bursts; a burst's weight is the cost it saves over staying in state 0.
 */
export interface BurstOptions {
  /** s: how much higher the burst rate is than the base rate. */
  scale: number;
  /** gamma: the price of entering a burst, in units of ln(n). */
  gamma: number;
}

/** Kleinberg's and CiteSpace's usual defaults. */
export const DEFAULT_BURST_OPTIONS: BurstOptions = { scale: 2, gamma: 1 };

/** A burst over batches start..end (inclusive), with its weight. */
export interface Burst {
  start: number;
  end: number;
  weight: number;
}

/** -ln of the binomial likelihood without its binomial coefficient (the same in both states). */
function emissionCost(rate: number, relevant: number, total: number): number {
  return -(relevant * Math.log(rate) + (total - relevant) * Math.log(1 - rate));
}

/**
 * The bursts of one series: `relevant[t]` papers of `totals[t]` mention the entity.
 * Batches with no papers are fine (they cost nothing in either state).
 */
export function detectBursts(relevant: readonly number[], totals: readonly number[], options: Partial<BurstOptions> = {}): Burst[] {
  const { scale, gamma } = { ...DEFAULT_BURST_OPTIONS, ...options };
  const n = relevant.length;
  let sumRelevant = 0;
  let sumTotal = 0;
  for (let t = 0; t < n; t++) {
    sumRelevant += relevant[t]!;
    sumTotal += totals[t]!;
  }
  if (n < 2 || sumRelevant === 0 || sumRelevant >= sumTotal) return [];
  const p0 = sumRelevant / sumTotal;
  const p1 = Math.min(scale * p0, 0.9999);
  if (p1 <= p0) return [];
  const cost0 = relevant.map((r, t) => emissionCost(p0, r, totals[t]!));
  const cost1 = relevant.map((r, t) => emissionCost(p1, r, totals[t]!));
  const states = viterbi(cost0, cost1, gamma * Math.log(n));
  return burstsOf(states, cost0, cost1);
}

/** Cheapest two-state path, starting in state 0; ties stay in state 0 (deterministic). */
function viterbi(cost0: readonly number[], cost1: readonly number[], enterCost: number): number[] {
  const n = cost0.length;
  const from0: boolean[][] = [];
  let best0 = cost0[0]!;
  let best1 = enterCost + cost1[0]!;
  from0.push([true, true]);
  for (let t = 1; t < n; t++) {
    // [previous state of the best path into state 0, into state 1]: true = came from state 0.
    const into0From0 = best0 <= best1;
    const into1From0 = best0 + enterCost < best1;
    const next0 = Math.min(best0, best1) + cost0[t]!;
    const next1 = Math.min(best0 + enterCost, best1) + cost1[t]!;
    from0.push([into0From0, into1From0]);
    best0 = next0;
    best1 = next1;
  }
  const states = new Array<number>(n).fill(0);
  let state = best0 <= best1 ? 0 : 1;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = from0[t]![state]! ? 0 : 1;
  }
  return states;
}

function burstsOf(states: readonly number[], cost0: readonly number[], cost1: readonly number[]): Burst[] {
  const bursts: Burst[] = [];
  let current: Burst | undefined;
  states.forEach((state, t) => {
    if (state === 1) {
      if (!current) bursts.push((current = { start: t, end: t, weight: 0 }));
      current.end = t;
      current.weight += cost0[t]! - cost1[t]!;
    } else {
      current = undefined;
    }
  });
  return bursts.map((b) => ({ ...b, weight: Math.round(b.weight * 1e4) / 1e4 }));
}
