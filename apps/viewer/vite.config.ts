import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

// One self-contained dist/index.html (JS and CSS inlined): the exporter copies it into
// standalone map.html files that open from file:// and inside iframes.
export default defineConfig({
  base: "./",
  plugins: [viteSingleFile()],
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // The workspace packages are pure (no side effects on import, DESIGN.md), so an unused
      // re-export does not drag a package in: @fieldmap/graph re-exports constants of
      // @fieldmap/extract, whose readers need Node (Buffer) and would break the page.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id) },
    },
  },
});
