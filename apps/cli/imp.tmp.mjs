import { register } from "tsx/esm/api";
register();
const t = performance.now();
await import(process.argv[2]);
console.log(process.argv[2].split("/").slice(-3).join("/"), (performance.now() - t).toFixed(0), "ms", "since origin", performance.now().toFixed(0));
