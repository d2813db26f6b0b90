/**
 * Smallest and largest of `values` ([Infinity, -Infinity] when empty). A loop, not
 * Math.min(...values): spreading an array of more than ~120k items overflows the call stack,
 * and a big corpus has entities in more papers than that.
 */
export function extent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}
