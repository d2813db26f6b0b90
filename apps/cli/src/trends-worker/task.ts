import { analyseTrends, type TrendInput, type TrendOptions, type TrendResult } from "@fieldmap/trends";

export interface TrendsTask {
  input: TrendInput;
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
  const result = analyseTrends(task.input, task.options);
  return { result, ms: Math.round(performance.now() - started) };
}
