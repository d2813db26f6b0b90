import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Names this run, so the test files build the seed and dev-corpus maps once and share them
// (apps/cli/test/shared-maps.ts); each run builds its own.
const TEST_RUN = `${process.pid}-${Date.now()}`;
// Every temporary file of the run goes under one directory, removed when the run ends: the tests,
// the CLI and chromium they start all make theirs in TMPDIR (about 200 MB of maps, stores and
// browser profiles a run, which stayed behind before).
const RUN_TMP = join(tmpdir(), `fieldmap-test-run-${TEST_RUN}`);
mkdirSync(RUN_TMP, { recursive: true });
process.on("exit", () => rmSync(RUN_TMP, { recursive: true, force: true }));
const RUN_ENV = { FIELDMAP_TEST_RUN: TEST_RUN, TMPDIR: RUN_TMP };

// Two projects: fast unit tests (node) and browser scenarios that drive Debian's chromium.
export default defineConfig({
  test: {
    // One worker per core: browser files spend most of their time waiting on chromium, and unit
    // files (map builds, Python round trips) use the CPU meanwhile (pnpm test: 3 min 01 s with
    // vitest's default here, 2 min 29 s with two; three saved a few more seconds but made the
    // timing-sensitive browser and signal tests flaky on this 2-core machine).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "scripts/test/**/*.test.ts"],
          env: RUN_ENV,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["apps/*/e2e/**/*.e2e.test.ts"],
          env: RUN_ENV,
          // A browser waits for the state it needs; 1 s (the default) is short on a busy machine.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
