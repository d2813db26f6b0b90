#!/usr/bin/env -S node --max-semi-space-size=64 --expose-gc
// The `fieldmap` command (`pnpm exec fieldmap ...`, and `pnpm fieldmap ...` through the root
// script). It runs the TypeScript sources through tsx's loader in this same process, so
// there is no build step and no wrapper process: Ctrl+C reaches the command itself, which
// stops cleanly (`view` closes its server and exits 0).
//
// The flags on the first line are read by the shims pnpm writes (they run `node FLAGS this-file`)
// and by env -S when the file is run itself. --expose-gc lets a build collect its garbage once
// at a step boundary (src/collect-garbage.ts). A young generation of 64 MB semi-spaces instead of
// V8's 16: a build allocates short-lived objects by the gigabyte (mentions, entities, JSON text),
// and the small default promotes many of them into the old generation before they die. Measured
// on 100k papers: a full build 97.5 -> 90.9 s, a +1% --update 32.9 -> 29.9 s (two runs each),
// for about 250 MB more peak memory. It cannot be set from here: V8 sizes its heap at start-up.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
