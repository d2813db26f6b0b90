import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI_FLAGS } from "./cli-flags";

// Runs every benchmark in scripts/bench/ in its own process (so one does not warm up or
// pollute the heap of the next). `pnpm bench extract` runs only the names that match.
const dir = join(dirname(fileURLToPath(import.meta.url)), "bench");
// Names pick benchmarks; flags (--big) go to each of them.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file.replace(/\.ts$/, "")}`);
  // With the CLI's V8 flags: a benchmark's threads (the extraction pool's) run as a build's do.
  const result = spawnSync(process.execPath, [...CLI_FLAGS, "--import", "tsx", "--expose-gc", join(dir, file), ...flags], { stdio: "inherit" });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
