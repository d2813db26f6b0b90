// Entry of the time-analysis worker thread (piscina), registering tsx first like the
// extraction workers (../extraction/worker-entry.mjs explains why each thread must).
import { register } from "tsx/esm/api";

register();
const { trendsOnThread } = await import("./task.ts");

export default trendsOnThread;
