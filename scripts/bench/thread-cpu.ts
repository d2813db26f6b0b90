/**
 * CPU time of each thread of this process, from /proc/self/task/<tid>/stat (Linux only), so
 * the scale benchmark can say where the cores a pool obtained went: the main thread (sending
 * shards, receiving results), the pool's worker threads (extraction), or the threads that were
 * there before the pool (V8's platform threads: the optimising compiler and the GC helpers of
 * every isolate, libuv's pool). process.cpuUsage() gives only the sum.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of utime and stime in /proc (USER_HZ, 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of each live thread by thread id; an empty map off Linux. */
export function threadCpuSeconds(): Map<number, number> {
  const seconds = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return seconds;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces: utime and
      // stime are fields 14 and 15 of the line, 12 and 13 after it.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return seconds;
}

export interface ThreadCpuSplit {
  main: number;
  /** Threads started since `existing` was taken: the pool's workers. */
  workers: number;
  /** The other threads that were already there: V8's compiler and GC helpers, libuv. */
  background: number;
}

/** CPU seconds spent between two snapshots, split by kind of thread. */
export function splitThreadCpu(before: Map<number, number>, after: Map<number, number>, existing: ReadonlySet<number>): ThreadCpuSplit {
  const split: ThreadCpuSplit = { main: 0, workers: 0, background: 0 };
  for (const [tid, seconds] of after) {
    const spent = seconds - (before.get(tid) ?? 0);
    if (tid === process.pid) split.main += spent;
    else if (existing.has(tid)) split.background += spent;
    else split.workers += spent;
  }
  return split;
}
