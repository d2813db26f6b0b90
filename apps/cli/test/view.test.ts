import { request } from "node:http";
import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePath, startViewServer, type ViewServer } from "../src/commands/view";
import { runCli } from "../src/run";

/** Sends the path exactly as written (no URL normalisation), as a hostile client would. */
function get(url: string, path: string, method = "GET"): Promise<{ status: number; body: string; type: string }> {
  const { port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body, type: String(res.headers["content-type"] ?? "") }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted (within 2 s). */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port, timeout: 2000 });
    const finish = (ok: boolean) => (socket.destroy(), done(ok));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
    socket.once("timeout", () => finish(false));
  });
}

/** This machine's IPv4 addresses outside loopback (none in some sandboxes). */
function nonLoopbackAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === "IPv4" && !a.internal).map((a) => a.address));
}

describe("fieldmap view server", () => {
  let root: string;
  let server: ViewServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "fieldmap-view-test-"));
    const mapDir = join(root, "map");
    const dist = join(root, "dist");
    await mkdir(join(mapDir, "sub"), { recursive: true });
    await mkdir(dist);
    await writeFile(join(mapDir, "graph.json"), '{"graph":{"nodes":[]}}');
    await writeFile(join(mapDir, "graph.gexf"), "<gexf/>");
    await writeFile(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
    await writeFile(join(root, "secret.txt"), "TOP SECRET");
    await symlink(join(root, "secret.txt"), join(mapDir, "link.txt"));
    // A file with a map file's name that leads out of the map directory is refused too.
    await symlink(join(root, "secret.txt"), join(mapDir, "nodes.csv"));
    server = await startViewServer({ dir: mapDir, port: 0, viewerDist: dist });
  });
  afterAll(() => server?.close());

  it("listens on 127.0.0.1 only: other local addresses are refused", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // What the operating system says the socket is bound to, not a URL built from a constant.
    expect(server.address()).toMatchObject({ address: "127.0.0.1", family: "IPv4", port: Number(new URL(server.url).port) });
    const port = Number(new URL(server.url).port);
    expect(await connects("127.0.0.1", port)).toBe(true);
    // 127.0.0.2 is loopback too, but a socket bound to 127.0.0.1 alone does not answer it;
    // one bound to every interface (0.0.0.0 or ::) does, as do this machine's LAN addresses.
    const others = ["127.0.0.2", ...nonLoopbackAddresses()];
    for (const host of others) expect(await connects(host, port), host).toBe(false);
  });

  it.each([
    ["/", 200, "<title>viewer</title>", "text/html"],
    ["/index.html?node=GRPO", 200, "<title>viewer</title>", "text/html"],
    ["/graph.json", 200, '{"graph"', "application/json"],
    ["/graph.gexf", 200, "<gexf/>", "application/xml"],
    ["/missing.json", 404, "not found", "text/plain"],
    ["/sub", 404, "not found", "text/plain"],
  ])("serves %s -> %i", async (path, status, body, type) => {
    const res = await get(server.url, path);
    expect(res.status).toBe(status);
    expect(res.body).toContain(body);
    expect(res.type).toContain(type);
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/sub/../../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/link.txt",
    "/nodes.csv",
    "//etc/passwd",
    "/%00graph.json",
    "/%E0%A4%A",
  ])("refuses path traversal %s", async (path) => {
    const res = await get(server.url, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain("TOP SECRET");
  });

  it("answers other methods with 405", async () => {
    expect((await get(server.url, "/graph.json", "POST")).status).toBe(405);
  });

  it.each([
    ["/a%20b.json", "/a b.json"],
    ["/x%00", null],
    ["/%zz", null],
    ["/a\\b", null],
  ])("decodePath(%j)", (input, expected) => {
    expect(decodePath(input)).toBe(expected);
  });

  it("fails with a one-line hint when the viewer is not built", async () => {
    await expect(startViewServer({ dir: join(root, "map"), port: 0, viewerDist: join(root, "nope") })).rejects.toThrow(
      "view: the viewer is not built (run: pnpm --filter @fieldmap/viewer build)",
    );
  });
});

describe("fieldmap view command", () => {
  it.each([
    [["view", "no-such-dir"], 1, "fieldmap: view: map directory no-such-dir does not exist"],
    [["view", "."], 1, "has no graph.json (create one with: fieldmap build <inputs> -o .)"],
    [["view", "--port", "99999"], 2, "--port expects 0-65535"],
    [["view", "a", "b"], 2, "expects at most one DIR"],
  ])("%j exits %i with a helpful message", async (argv, code, message) => {
    const cwd = await mkdtemp(join(tmpdir(), "fieldmap-view-cwd-"));
    let stderr = "";
    const exit = await runCli(argv, { cwd, stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(exit).toBe(code);
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});
