import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isStale, VIEWER_INPUTS, VIEWER_OUTPUT } from "../build-viewer";

// setup.sh (pnpm install's postinstall) rebuilds the viewer only when it is stale.

const T0 = new Date("2026-01-01T00:00:00Z");
const LATER = new Date("2026-01-02T00:00:00Z");

/** A tree with the viewer's inputs and its built index.html, all dated T0. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "fieldmap-viewer-build-"));
  for (const file of [VIEWER_OUTPUT, "apps/viewer/src/ui/panel.ts", "apps/viewer/index.html", "packages/graph/src/build.ts", "packages/graph/node_modules/x/index.js", "pnpm-lock.yaml"]) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), "x");
    utimesSync(join(root, file), T0, T0);
  }
  return root;
}

describe("the viewer build is skipped when nothing changed", () => {
  it.each([
    ["nothing changed: not rebuilt", [], false],
    ["a viewer source changed", ["apps/viewer/src/ui/panel.ts"], true],
    ["the viewer's page changed", ["apps/viewer/index.html"], true],
    ["a workspace package it imports changed", ["packages/graph/src/build.ts"], true],
    ["the lockfile changed (new dependency versions)", ["pnpm-lock.yaml"], true],
    ["only a dependency's files under node_modules changed", ["packages/graph/node_modules/x/index.js"], false],
  ])("%s", (_case, touched, stale) => {
    const root = tree();
    for (const file of touched as string[]) utimesSync(join(root, file), LATER, LATER);
    expect(isStale(root, VIEWER_OUTPUT, VIEWER_INPUTS)).toBe(stale);
  });

  it("a checkout with no built viewer builds it", () => {
    const root = mkdtempSync(join(tmpdir(), "fieldmap-viewer-build-"));
    expect(isStale(root, VIEWER_OUTPUT, VIEWER_INPUTS)).toBe(true);
  });
});
