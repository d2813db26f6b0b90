/**
 * Progress of a long step on stderr: a bar with rate and ETA (cli-progress) when stderr is a
 * terminal, plain lines (each tenth of the work, or every 5 s) when it is a file or a pipe,
 * where a redrawn bar would be a mess of control characters.
 */
import { Presets, SingleBar } from "cli-progress";

/** Where progress goes: the CLI's stderr, and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
}

export interface Progress {
  advance(units: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** What is counted, plural ("papers"). */
  unit: string;
  /** Milliseconds between two plain lines at most (default 5 s). */
  interval?: number;
  /** Injected for tests. */
  now?: () => number;
}

const SILENT: Progress = { advance: () => {}, stop: () => {} };

/** `95` -> "1m 35s", `40` -> "40s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

const count = (n: number) => n.toLocaleString("en-US");

export function startProgress(label: string, total: number, sink: ProgressSink | undefined, options: ProgressOptions): Progress {
  if (!sink || total <= 0) return SILENT;
  return sink.isTTY ? startBar(label, total, sink, options) : startLines(label, total, sink, options);
}

function startLines(label: string, total: number, sink: ProgressSink, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 5_000;
  const started = now();
  let done = 0;
  let lastLine = started;
  let nextTenth = 1;
  return {
    advance(units) {
      done = Math.min(total, done + units);
      const tenths = Math.floor((done * 10) / total);
      const time = now();
      if (done === total || (tenths < nextTenth && time - lastLine < interval)) return;
      nextTenth = tenths + 1;
      lastLine = time;
      const rate = done / Math.max(1e-3, (time - started) / 1000);
      const left = formatDuration((total - done) / rate);
      sink.write(`${label}: ${count(done)} of ${count(total)} ${options.unit} (${Math.floor((done * 100) / total)}%), ${count(Math.round(rate))} ${options.unit}/s, about ${left} left\n`);
    },
    stop: () => {},
  };
}

function startBar(label: string, total: number, sink: ProgressSink, options: ProgressOptions): Progress {
  // cli-progress draws through readline's cursor functions, which only need write().
  const stream = { isTTY: true, columns: 100, write: (text: string) => (sink.write(text), true) };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} ${options.unit} | {rate} ${options.unit}/s | ETA {eta_formatted}`,
      stream: stream as unknown as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  const now = options.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  bar.start(total, 0, { rate: "0" });
  return {
    advance(units) {
      done = Math.min(total, done + units);
      bar.update(done, { rate: count(Math.round(done / Math.max(1e-3, (now() - started) / 1000))) });
    },
    stop: () => bar.stop(),
  };
}
