import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createHttpServer, type HttpServer } from "../../src/web/http-server.js";
import { CONTENT_SECURITY_POLICY } from "../../src/web/page-layout.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { sampleArticles } from "./sample-articles.js";

let server: HttpServer;
let base: string;
let logLines: string[];

beforeEach(async () => {
  logLines = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  server = createHttpServer({ engine: createFakeEngine(sampleArticles), logger: createLogger("info", sink) });
  const port = await server.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  await server.close();
});

describe("createHttpServer", () => {
  it("serves an article's page with a strict content security policy", async () => {
    const res = await fetch(`${base}/sources/004_ai`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain("Nishadil");
  });

  it("decodes a percent-encoded id", async () => {
    const res = await fetch(`${base}/sources/%30%30%31_plain`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<h1>Untitled: “OpenAI has signed a deal with Amazon Web…”</h1>");
  });

  it("lists the sources", async () => {
    const res = await fetch(`${base}/sources`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const article of sampleArticles) expect(html).toContain(`href="sources/${article.meta.id}"`);
  });

  it("redirects the list with a trailing slash to the list", async () => {
    const res = await fetch(`${base}/sources/`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get("location") ?? "", `${base}/sources/`).pathname).toBe("/sources");
  });

  it("answers the health check with the number of articles and the process's memory", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, articles: 3 });
    expect(body.memory.heapUsedMb).toBeGreaterThan(0);
    expect(body.memory.rssMb).toBeGreaterThanOrEqual(body.memory.heapUsedMb);
  });

  it("reports ready on /readyz when the index is loaded and no readiness check fails", async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, checks: { index: "ok" } });
  });

  it("answers /readyz with 503 naming the failing check, while /healthz stays alive", async () => {
    let store = "cannot use the store /data/deal-bot.sqlite";
    const other = createHttpServer({
      engine: createFakeEngine(sampleArticles),
      logger: createLogger("silent"),
      readiness: () => ({ store }),
    });
    const port = await other.listen(0, "127.0.0.1");
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(res.status).toBe(503);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ ready: false, checks: { index: "ok", store } });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      store = "ok";
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it("is not ready without any article indexed", async () => {
    const other = createHttpServer({ engine: createFakeEngine([]), logger: createLogger("silent") });
    const port = await other.listen(0, "127.0.0.1");
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(res.status).toBe(503);
      expect((await res.json()).checks.index).toMatch(/no article/);
    } finally {
      await other.close();
    }
  });

  it.each([
    "/sources/unknown",
    "/sources/001_plain/extra",
    "/sources/%E0%A4%A",
    "/sources/..%2F..%2Fetc%2Fpasswd",
    "/nothing/here",
    "/",
  ])("answers %s with a 404 page", async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain("Not found");
  });

  it("refuses methods other than GET and HEAD on its own pages", async () => {
    const res = await fetch(`${base}/sources/001_plain`, { method: "POST", body: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });

  it("answers HEAD without a body", async () => {
    const res = await fetch(`${base}/sources/001_plain`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("hands requests under a mounted prefix to its listener with the URL unchanged", async () => {
    const seen: string[] = [];
    server.mount("/slack/events", (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("slack");
    });
    server.mount("/slack", (_req, res) => {
      res.end("outer");
    });
    const res = await fetch(`${base}/slack/events?ssl_check=1`, { method: "POST", body: "{}" });
    expect(await res.text()).toBe("slack");
    expect(seen).toEqual(["POST /slack/events?ssl_check=1"]);
    expect(await (await fetch(`${base}/slack/other`)).text()).toBe("outer");
    // A prefix is a path segment, not a string prefix.
    expect((await fetch(`${base}/slack-events`)).status).toBe(404);
  });

  it("turns a failing mounted listener into a 500 and a log line, and keeps serving", async () => {
    server.mount("/boom", async () => {
      throw new Error("listener exploded");
    });
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    expect(logLines.join("")).toContain("listener exploded");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("answers a malformed request line with 400 and keeps serving", async () => {
    const { connect } = await import("node:net");
    const port = new URL(base).port;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write("GARBAGE\r\n\r\n"));
      let data = "";
      socket.on("data", (chunk) => {
        data += String(chunk);
      });
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it("resolves listen with the bound port and close even when never started", async () => {
    const other = createHttpServer({ engine: createFakeEngine(), logger: createLogger("silent") });
    await expect(other.close()).resolves.toBeUndefined();
    const port = await other.listen(0, "127.0.0.1");
    expect(port).toBeGreaterThan(0);
    await other.close();
    expect(other.server.listening).toBe(false);
  });
});
