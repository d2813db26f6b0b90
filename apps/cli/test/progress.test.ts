// Progress of long steps (apps/cli/src/extraction/progress.ts): plain lines for a stderr that
// is not a terminal (what tests, CI and log files see), a redrawn bar with rate and ETA on one.
import { describe, expect, it } from "vitest";
import { formatDuration, startProgress } from "../src/extraction/progress";

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { sink: { isTTY, write: (text: string) => void written.push(text) }, written };
}

describe("plain progress lines", () => {
  it("lines: one per tenth of the work, with count, percent, rate and time left", () => {
    const { sink, written } = recorder(false);
    let clock = 0;
    const progress = startProgress("extract", 1000, sink, { unit: "papers", now: () => clock });
    for (let i = 0; i < 1000; i++) {
      clock += 10; // 100 papers/s
      progress.advance(1);
    }
    progress.stop();
    expect(written).toHaveLength(9);
    expect(written[0]).toBe("extract: 100 of 1,000 papers (10%), 100 papers/s, about 9s left\n");
    expect(written[8]).toBe("extract: 900 of 1,000 papers (90%), 100 papers/s, about 1s left\n");
  });

  it("lines: a slow step also reports every interval between tenths", () => {
    const { sink, written } = recorder(false);
    let clock = 0;
    const progress = startProgress("extract", 100_000, sink, { unit: "papers", interval: 5_000, now: () => clock });
    for (let i = 0; i < 4; i++) {
      clock += 6_000;
      progress.advance(100);
    }
    expect(written).toHaveLength(4);
    expect(written[3]).toMatch(/^extract: 400 of 100,000 papers \(0%\), 17 papers\/s, about 99m 36s left\n$/);
  });

  it("duration: minutes and seconds", () => {
    expect([formatDuration(40), formatDuration(95), formatDuration(3600)]).toEqual(["40s", "1m 35s", "60m 00s"]);
  });
});

describe("progress bar on a terminal", () => {
  it("bar: draws rate and ETA with terminal control codes, and clears itself when done", () => {
    const { sink, written } = recorder(true);
    let clock = 0;
    const progress = startProgress("extract", 200, sink, { unit: "papers", now: () => clock });
    clock = 1000;
    progress.advance(100);
    progress.stop();
    const screen = written.join("");
    expect(screen).toContain("extract [");
    expect(screen).toMatch(/\| 100\/200 papers \| 100 papers\/s \| ETA /);
    expect(screen).toContain("\x1b[");
    expect(screen).not.toContain("\n");
  });
});
