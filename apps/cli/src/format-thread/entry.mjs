// Entry of the thread that writes an export format beside graph.json (piscina), registering tsx
// first like the extraction workers (../extraction/worker-entry.mjs explains why each thread must).
import { register } from "tsx/esm/api";

register();
const { writeFormatOnThread } = await import("./task.ts");

export default writeFormatOnThread;
