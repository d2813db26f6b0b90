// Entry of an extraction worker thread (piscina). The extractor is TypeScript run from source,
// and a worker starts with a bare loader whatever its parent used (the CLI's bin registers tsx
// in-process, vitest transforms files itself, benchmarks run under `--import tsx`), so every
// worker registers tsx itself, the way apps/cli/bin/fieldmap.mjs does, before importing it.
import { register } from "tsx/esm/api";

register();
const { extractShard, prepareExtractor } = await import("./shard.ts");
prepareExtractor();

export default extractShard;
