/**
 * A benchmark's own flags, written `--name=value`: `pnpm bench` passes every flag on to each
 * benchmark and takes the bare words for benchmark names.
 */

/** The value of `--name=value`, or undefined when the flag is not given. */
export function flagValue(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

/** `--papers=N`: `fallback` when not given; a whole number of at least `least`, or an error. */
export function papersFlag(fallback: number, least: number): number {
  const given = flagValue("papers");
  const papers = given === undefined ? fallback : Number(given);
  if (!Number.isInteger(papers) || papers < least) throw new Error(`--papers wants a whole number of at least ${least}, got ${given}`);
  return papers;
}
