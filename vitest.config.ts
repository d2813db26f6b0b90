import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Names this run, so the test files build the seed and dev-corpus maps once and share them
// (apps/cli/test/shared-maps.ts); each run builds its own.
const TEST_RUN = `${process.pid}-${Date.now()}`;
process.on("exit", () => rmSync(join(tmpdir(), `fieldmap-test-run-${TEST_RUN}`), { recursive: true, force: true }));

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
          env: { FIELDMAP_TEST_RUN: TEST_RUN },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["apps/*/e2e/**/*.e2e.test.ts"],
          env: { FIELDMAP_TEST_RUN: TEST_RUN },
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
