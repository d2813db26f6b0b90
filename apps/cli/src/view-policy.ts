/**
 * What `fieldmap view` answers, and to whom: the server listens on 127.0.0.1, but a web page
 * on another site can still reach it through DNS rebinding (its own name re-pointed at
 * 127.0.0.1), so the Host header must name loopback; only the map's own files are served, and
 * every page carries a Content-Security-Policy that allows what the viewer uses and no more.
 */
import { createHash } from "node:crypto";
import { EXPORT_FORMATS } from "@fieldmap/export";

/** 127.0.0.1, localhost or [::1], with or without a port (any port: an ssh tunnel may change it). */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/** Whether a request's Host header names this machine's loopback (a missing one does not). */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/**
 * The files a build writes into its output directory (every export format, plus merges.csv
 * and report.json): the only ones served from DIR. Anything else a user keeps there (notes,
 * other data, dotfiles, subdirectories) stays private.
 */
export const MAP_FILE_NAMES: ReadonlySet<string> = new Set(["graph.json", "report.json", "merges.csv", ...EXPORT_FORMATS.flatMap((format) => format.fileNames)]);

/** The map file a decoded request path names ("/graph.json" -> "graph.json"), or null. */
export function mapFileName(path: string): string | null {
  const name = path.slice(1);
  return MAP_FILE_NAMES.has(name) ? name : null;
}

/** Inline scripts the browser runs (not data blocks such as map.html's application/json). */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const SCRIPT_TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const EXECUTABLE_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** The CSP source for an inline element's text, hashed as the browser does (after newline normalisation). */
function hashSource(text: string): string {
  const normalised = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalised, "utf8").digest("base64")}'`;
}

function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = (SCRIPT_TYPE.exec(attributes)?.[1] ?? "").toLowerCase();
    if (EXECUTABLE_TYPES.has(type)) hashes.push(hashSource(body));
  }
  return hashes;
}

function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(INLINE_STYLE)].map(([, body = ""]) => hashSource(body));
}

/**
 * The policy for one of our HTML pages (the viewer, map.html): its own inline script and style
 * by hash (the viewer is a single inlined file), the layout worker from a blob: URL, images
 * from data:/blob: (the favicon, PNG export), fetches to this server only (graph.json, ?file=).
 * Nothing else: no other script, no eval, no plugin, no framing, no form, no <base>.
 */
export function htmlContentSecurityPolicy(html: string): string {
  const scripts = inlineScriptHashes(html);
  const styles = inlineStyleHashes(html);
  return [
    "default-src 'none'",
    `script-src ${scripts.length > 0 ? scripts.join(" ") : "'none'"}`,
    `style-src ${styles.length > 0 ? styles.join(" ") : "'none'"}`,
    "worker-src blob:",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Every other response (JSON, GEXF, CSV, SVG, PNG, errors): nothing runs, even if a browser
 * opens the file as a document (an SVG may carry its own <style>, which is harmless).
 */
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";
