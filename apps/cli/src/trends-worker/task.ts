import { analyseTrends, type TrendOptions, type TrendResult } from "@fieldmap/trends";
import { unpackTrendInput, type PackedTrendInput } from "./packed-input";

export interface TrendsTask {
  input: PackedTrendInput;
  options: Partial<TrendOptions>;
}

export interface TrendsTaskResult {
  result: TrendResult | undefined;
  /** Milliseconds the analysis itself took on the worker (without the thread's start-up). */
  ms: number;
}

/** The time analysis on the worker thread: the same function as in the main thread. */
export function trendsOnThread(task: TrendsTask): TrendsTaskResult {
  const started = performance.now();
  const result = analyseTrends(unpackTrendInput(task.input), task.options);
  return { result, ms: Math.round(performance.now() - started) };
}
