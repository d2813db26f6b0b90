import { open, readFile, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command, Io } from "../command";
import { UserError, UsageError } from "../errors";
import { parseCommandArgs } from "../options";
import { FILE_CONTENT_SECURITY_POLICY, htmlContentSecurityPolicy, isLoopbackHost, mapFileName } from "../view-policy";

const HELP = `fieldmap view [DIR] [--port N]

Serves the map in DIR (default: out) with the viewer, on 127.0.0.1 only, and prints its
address on the first line. Open it in a browser; press Ctrl+C to stop.
DIR must hold a graph.json written by \`fieldmap build\`. Only the files a build writes
(graph.json, graph.gexf, report.json, ...) are served, never other files in DIR, and only
to requests addressed to 127.0.0.1, localhost or [::1].

Options:
  --port N     port to listen on (default ${8765}; 0 picks a free one)
  -h, --help   show this help`;

export interface ViewServerOptions {
  /** The map directory: graph.json and the other files a build writes there are served (view-policy.ts). */
  dir: string;
  port: number;
  /** The built viewer (apps/viewer/dist). */
  viewerDist: string;
  /** How messages name `dir` (what the user typed); defaults to `dir`. */
  dirName?: string;
}

export const DEFAULT_VIEW_SERVER_OPTIONS = {
  port: 8765,
  viewerDist: fileURLToPath(new URL("../../../viewer/dist/", import.meta.url)),
};

/** Loopback only: the map may hold unpublished work, and nothing here is meant for a network. */
const HOST = "127.0.0.1";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".graphml": "application/xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

export interface ViewServer {
  url: string;
  /** Where the socket listens (address, family, port), as the operating system reports it. */
  address(): AddressInfo;
  close(): Promise<void>;
}

/** Starts the server; fails with a UserError when DIR has no graph.json or the viewer is not built. */
export async function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const name = options.dirName ?? options.dir;
  const dir = await realDir(options.dir, name);
  if (!(await isFile(join(dir, "graph.json")))) {
    throw new UserError(`view: ${name} has no graph.json (create one with: fieldmap build <inputs> -o ${name})`);
  }
  const viewerIndex = join(options.viewerDist, "index.html");
  if (!(await isFile(viewerIndex))) {
    throw new UserError("view: the viewer is not built (run: pnpm --filter @fieldmap/viewer build)");
  }
  // requireHostHeader off: a request without Host gets the same 421 as a foreign one (below).
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    handle(request, response, dir, viewerIndex).catch(() => (response.headersSent ? response.destroy() : send(response, 500, "internal error")));
  });
  // Node closes an idle keep-alive connection after 5 s; a browser that reuses it just then
  // gets an empty response (seen as ERR_EMPTY_RESPONSE under load). Browsers keep idle
  // connections far longer, so the server waits longer before closing them.
  server.keepAliveTimeout = 30_000;
  await listen(server, options.port);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://${HOST}:${port}/`,
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, dir: string, viewerIndex: string): Promise<void> {
  // 1. Only a loopback Host: a DNS-rebinding page sends its own site's name.
  if (!isLoopbackHost(request.headers.host)) return send(response, 421, "misdirected request: open the map at http://127.0.0.1:PORT/");
  if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "method not allowed", { Allow: "GET, HEAD" });
  const path = decodePath(request.url ?? "/");
  if (path === null) return send(response, 400, "bad request");
  // 2. The viewer, then the map's own files; nothing else in DIR.
  if (path === "/" || path === "/index.html") return sendFile(request, response, viewerIndex);
  const name = mapFileName(path);
  const target = name === null ? null : await insideDir(dir, name);
  if (target === null) return send(response, 404, "not found");
  return sendFile(request, response, target);
}

/** The decoded path, or null when it is malformed or holds a NUL or a backslash. */
export function decodePath(url: string): string | null {
  const raw = url.split(/[?#]/)[0] ?? "/";
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return path.startsWith("/") && !path.includes("\0") && !path.includes("\\") ? path : null;
}

/** The real path of the file `name` in `dir`, or null if it is a symlink out of `dir` or not a file. */
async function insideDir(dir: string, name: string): Promise<string | null> {
  try {
    const real = await realpath(join(dir, name));
    return real.startsWith(dir + sep) && (await isFile(real)) ? real : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file with its exact length. HTML (the viewer, map.html) is read whole to hash its
 * inline script and style into the page's policy; everything else streams.
 */
async function sendFile(request: IncomingMessage, response: ServerResponse, file: string): Promise<void> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  if (type.startsWith("text/html")) {
    const bytes = await readFile(file);
    const policy = htmlContentSecurityPolicy(bytes.toString("utf8"));
    response.writeHead(200, headers(type, bytes.length, policy));
    return void response.end(request.method === "HEAD" ? undefined : bytes);
  }
  const handle = await open(file, "r");
  const { size } = await handle.stat();
  response.writeHead(200, headers(type, size, FILE_CONTENT_SECURITY_POLICY));
  if (request.method === "HEAD" || size === 0) {
    await handle.close();
    return void response.end();
  }
  // `end` caps the stream at the announced length, should the file grow meanwhile.
  handle.createReadStream({ start: 0, end: size - 1 }).on("error", () => response.destroy()).pipe(response);
}

function headers(type: string, length: number, policy: string): Record<string, string | number> {
  return {
    "Content-Type": type,
    "Content-Length": length,
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  };
}

function send(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  const body = Buffer.from(`${text}\n`, "utf8");
  response.writeHead(status, { ...headers("text/plain; charset=utf-8", body.length, FILE_CONTENT_SECURITY_POLICY), ...extra });
  response.end(body);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      fail(error.code === "EADDRINUSE" ? new UserError(`view: port ${port} is in use (try --port ${port + 1}, or --port 0 for any free port)`) : error);
    });
    server.listen(port, HOST, () => done());
  });
}

async function realDir(dir: string, name: string): Promise<string> {
  try {
    const real = await realpath(dir);
    if ((await stat(real)).isDirectory()) return real;
  } catch {
    // reported below
  }
  throw new UserError(`view: map directory ${name} does not exist (create it with: fieldmap build <inputs> -o ${name})`);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_VIEW_SERVER_OPTIONS.port;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`view: --port expects 0-65535, got '${value}'`);
  return port;
}

/** How long a stopped view keeps listening for a forwarded second Ctrl+C before it exits. */
const LATE_SIGNAL_GRACE_MS = 300;

/**
 * Ctrl+C is how a user stops `view`: it is a normal end (exit 0), not an error. The listeners
 * stay after the first signal, because `pnpm fieldmap view` gets the terminal's SIGINT too and
 * forwards another one; the default handler would then kill the process with status 130,
 * which pnpm reports as "ELIFECYCLE Command failed". (Signal listeners do not keep Node alive.)
 * The command also waits a moment after closing the server before it ends: a second SIGINT
 * 10-30 ms after the first, while the process was exiting and its listeners were going,
 * took the default action (seen once in the suite under load; then in 6 of 18 tries).
 */
function stopOnSignal(server: ViewServer): Promise<void> {
  return new Promise((done) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void server.close().then(() => setTimeout(done, LATE_SIGNAL_GRACE_MS));
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const viewCommand: Command = {
  name: "view",
  summary: "serve a built map in the browser viewer (127.0.0.1 only)",
  help: HELP,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs("view", argv, { port: { type: "string" } });
    if (positionals.length > 1) throw new UsageError("view: expects at most one DIR (see fieldmap view --help)");
    const dirName = positionals[0] ?? "out";
    const dir = resolve(io.cwd, dirName);
    const server = await startViewServer({ ...DEFAULT_VIEW_SERVER_OPTIONS, dir, dirName, port: parsePort(values.port as string | undefined) });
    // Listen for Ctrl+C before printing the address: a signal just after it must stop cleanly.
    const stopped = stopOnSignal(server);
    io.stdout(`${server.url}\n`);
    io.stdout(`Serving ${dirName}/graph.json with the viewer. Press Ctrl+C to stop.\n`);
    await stopped;
    io.stdout("Stopped.\n");
    return 0;
  },
};
