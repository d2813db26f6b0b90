#!/usr/bin/env node
// The `fieldmap` command (`pnpm exec fieldmap ...`, and `pnpm fieldmap ...` through the root
// script). It runs the TypeScript sources through tsx's loader in this same process, so
// there is no build step and no wrapper process: Ctrl+C reaches the command itself, which
// stops cleanly (`view` closes its server and exits 0).
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
