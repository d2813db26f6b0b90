// Preloaded by light-start.test.ts (`node --import` before the `fieldmap` bin): registers the
// hook below, which fails the resolution of every package named in FIELDMAP_BLOCKED_PACKAGES
// (comma-separated), so a command that loads one exits with the package's name.
import { register } from "node:module";

register("./block-packages-hook.mjs", import.meta.url, {
  data: { blocked: (process.env.FIELDMAP_BLOCKED_PACKAGES ?? "").split(",").filter(Boolean) },
});
