import { analyseFlow, type ClusterFlow, type TrendInput, type TrendOptions } from "@fieldmap/trends";

export interface FlowTask {
  input: TrendInput;
  options: Partial<TrendOptions>;
}

export interface FlowTaskResult {
  flow: ClusterFlow | undefined;
  /** Milliseconds the flow itself took on the worker (without the thread's start-up). */
  ms: number;
}

/** The time analysis's cluster flow, on the worker thread: the same function as in the main thread. */
export function flowOnThread(task: FlowTask): FlowTaskResult {
  const started = performance.now();
  const flow = analyseFlow(task.input, task.options);
  return { flow, ms: Math.round(performance.now() - started) };
}
