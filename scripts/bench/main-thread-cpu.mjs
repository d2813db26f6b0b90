// Preloaded into the builds `pnpm bench scale` times (node --import): at exit, prints the main
// thread's CPU seconds, read from /proc (Linux; nothing elsewhere). On a machine shared with
// other jobs the wall time of a build moves by 2x with the load, its main thread's CPU much less,
// so the benchmark prints it beside the wall time (and the whole process's CPU, from time -v).
import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** USER_HZ: /proc counts CPU time in ticks of 1/100 s on Linux's usual builds. */
const TICKS_PER_SECOND = 100;

if (isMainThread) {
  process.on("exit", () => {
    try {
      const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
      // utime and stime: fields 14 and 15, the 12th and 13th after the parenthesised command name.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      process.stderr.write(`bench: main-thread CPU ${seconds.toFixed(1)} s\n`);
    } catch {
      // Not Linux: no figure.
    }
  });
}
