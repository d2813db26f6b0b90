import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { request, type IncomingHttpHeaders } from "node:http";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "@fieldmap/export";
import { startViewServer, type ViewServer } from "../src/commands/view";
import { htmlContentSecurityPolicy, isLoopbackHost } from "../src/view-policy";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request with the Host header set as a browser on another site (DNS rebinding) would. */
function get(url: string, path: string, options: { host?: string; method?: string } = {}): Promise<Reply> {
  const { port } = new URL(url);
  const headers = options.host === undefined ? {} : { Host: options.host };
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** The raw answer to a request written by hand (Node's client always sends a Host header). */
function raw(url: string, text: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = createConnection({ host: "127.0.0.1", port: Number(port) });
    let answer = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("end", () => done(answer));
    socket.on("error", fail);
    socket.write(text);
  });
}

const VIEWER = "<!doctype html><html><head><style>body{margin:0}</style><script type=\"module\">window.booted = 1;</script></head><body></body></html>";
const MAP_SECRET = "PRIVATE-MAP";
/** What `fieldmap build` writes: every export format, merges.csv and report.json. */
const BUILD_FILE_NAMES = [...EXPORT_FORMATS.flatMap((format) => format.fileNames), "merges.csv", "report.json"];
const USER_SECRET = "USER-SECRET";

describe("fieldmap view: who is answered and what is served", () => {
  let root: string;
  let server: ViewServer;
  let port: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "fieldmap-view-security-"));
    const mapDir = join(root, "map");
    const dist = join(root, "dist");
    await mkdir(join(mapDir, ".git"), { recursive: true });
    await mkdir(join(mapDir, "notes"), { recursive: true });
    await mkdir(dist);
    await writeFile(join(dist, "index.html"), VIEWER);
    await writeFile(join(mapDir, "graph.json"), `{"title":"${MAP_SECRET}"}`);
    await writeFile(join(mapDir, "report.json"), "{}");
    for (const name of BUILD_FILE_NAMES) if (name !== "graph.json") await writeFile(join(mapDir, name), "");
    // What a user may keep beside a map: none of it is the map's.
    for (const [name, text] of [[".env", "TOKEN"], [".git/config", "[core]"], ["notes.txt", "x"], ["draft.json", "{}"], ["notes/graph.json", "{}"], ["graph.json.bak", "{}"]]) {
      await writeFile(join(mapDir, name ?? ""), `${USER_SECRET} ${text}`);
    }
    server = await startViewServer({ dir: mapDir, port: 0, viewerDist: dist });
    port = new URL(server.url).port;
  });
  afterAll(() => server?.close());

  it.each([
    ["evil.example", 421],
    ["evil.example:PORT", 421],
    ["127.0.0.1.evil.example", 421],
    ["localhost.evil.example:PORT", 421],
    ["127.0.0.2:PORT", 421],
    ["127.0.0.1", 200],
    ["127.0.0.1:PORT", 200],
    ["localhost", 200],
    ["LOCALHOST:PORT", 200],
    ["[::1]", 200],
    ["[::1]:PORT", 200],
  ])("Host %j -> %i", async (host, status) => {
    const reply = await get(server.url, "/graph.json", { host: host.replace("PORT", port) });
    expect(reply.status).toBe(status);
    expect(reply.body.toString().includes(MAP_SECRET)).toBe(status === 200);
  });

  it.each([
    ["HTTP/1.1", ""],
    ["HTTP/1.0", ""],
    ["HTTP/1.1", "Host: \r\n"],
  ])("refuses a request without a Host (%s %j)", async (version, host) => {
    const answer = await raw(server.url, `GET /graph.json ${version}\r\n${host}Connection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).not.toContain(MAP_SECRET);
  });

  it("isLoopbackHost accepts only the three loopback names", () => {
    expect(isLoopbackHost(undefined)).toBe(false);
    expect(isLoopbackHost("localhost:99999999")).toBe(false);
    expect(isLoopbackHost("user@127.0.0.1")).toBe(false);
  });

  it.each(["/.env", "/.git/config", "/notes.txt", "/draft.json", "/notes/graph.json", "/graph.json.bak", "/notes", "/.git"])(
    "does not serve %s, which is not a map file",
    async (path) => {
      const reply = await get(server.url, path);
      expect(reply.status).toBe(404);
      expect(reply.body.toString()).not.toContain(USER_SECRET);
    },
  );

  it("serves every file a build writes (a new export format too)", async () => {
    expect(BUILD_FILE_NAMES).toEqual(expect.arrayContaining(["graph.json", "graph.gexf", "nodes.csv", "vosviewer.json", "map.svg", "map.png", "map.html"]));
    for (const name of BUILD_FILE_NAMES) expect((await get(server.url, `/${name}`)).status, name).toBe(200);
  });

  it.each([
    ["GET", "/", 200],
    ["GET", "/graph.json", 200],
    ["HEAD", "/graph.json", 200],
    ["GET", "/edges.csv", 200],
    ["GET", "/map.html", 200],
    ["GET", "/notes.txt", 404],
    ["POST", "/graph.json", 405],
    ["GET", "/%zz", 400],
  ])("%s %s (%i) carries Content-Length, nosniff and a CSP", async (method, path, status) => {
    const reply = await get(server.url, path, { method });
    expect(reply.status).toBe(status);
    const length = Number(reply.headers["content-length"]);
    expect(reply.headers["content-length"]).toMatch(/^\d+$/);
    if (method === "HEAD") expect(length).toBe(Buffer.byteLength(`{"title":"${MAP_SECRET}"}`));
    else expect(length).toBe(reply.body.length);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["content-security-policy"]).toContain("default-src 'none'");
  });

  it("answers a refused Host with the same headers", async () => {
    const reply = await get(server.url, "/graph.json", { host: "evil.example" });
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("lets the viewer page run its own inline script and style, by hash, and nothing else", async () => {
    const policy = String((await get(server.url, "/")).headers["content-security-policy"]);
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    expect(policy).toContain(`script-src ${hash("window.booted = 1;")}`);
    expect(policy).toContain(`style-src ${hash("body{margin:0}")}`);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("worker-src blob:");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe("htmlContentSecurityPolicy", () => {
  it.each([
    ["a data block (map.html's inline map) is not allowed to run", '<script type="application/json">{"a":1}</script>', "script-src 'none'"],
    ["CRLF is hashed as the browser sees it (LF)", "<script>a;\r\nb;</script>", `'sha256-${createHash("sha256").update("a;\nb;").digest("base64")}'`],
    ["a script with src is not hashed", '<script src="x.js"></script>', "script-src 'none'"],
  ])("%s", (_, html, expected) => {
    expect(htmlContentSecurityPolicy(html)).toContain(expected);
  });
});
