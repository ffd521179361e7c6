/**
 * The bot's one HTTP port: its own source pages (`/sources`, `/sources/<id>`), a liveness check
 * (`/healthz`: the process answers, with its article count and memory), a readiness check (`/readyz`: 200 when the index is loaded and every
 * injected check says "ok", else 503 naming what is wrong), and whatever adapters mount under a prefix
 * (Slack mounts `/slack/events`).
 * A bad path or method gets a 4xx page; a failing handler gets a 500 and a log line, never a crash.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Engine } from "../answer/engine.js";
import type { Logger } from "../logger.js";
import { escapeHtml } from "./escape-html.js";
import { PAGE_HEADERS, renderPage } from "./page-layout.js";
import { renderSourceListPage } from "./source-list-page.js";
import { renderSourcePage } from "./source-page.js";

/** A request handler in Node's own shape, so Bolt's and others' listeners mount unchanged. */
export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  server: http.Server;
  /** Sends every request whose path is `pathPrefix` or lies under it to `listener`, with its URL unchanged. */
  mount(pathPrefix: string, listener: RequestListener): void;
  /** Starts listening; resolves to the bound port (useful with port 0). Host as Node's `listen`. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Named readiness checks: "ok" or a sentence saying what is wrong. */
export type ReadinessChecks = Record<string, string>;

export interface HttpServerDeps {
  /** Only its articles are read, at each request (so the server may listen before they are loaded). */
  engine: Pick<Engine, "articles">;
  logger: Logger;
  /** Checks beyond the index (the store, stopping…), asked at each `/readyz`. */
  readiness?: () => ReadinessChecks;
}

interface Mount {
  prefix: string;
  listener: RequestListener;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  res.end(req.method === "HEAD" ? undefined : body);
}

function sendPage(req: IncomingMessage, res: ServerResponse, status: number, html: string): void {
  send(req, res, status, html, { ...PAGE_HEADERS });
}

function errorPage(title: string, text: string): string {
  return renderPage(
    title,
    `<header>\n<h1>${escapeHtml(title)}</h1>\n</header>\n<main>\n<p>${escapeHtml(text)}</p>\n<p><a href="/sources">All sources</a></p>\n</main>`,
  );
}

const notFound = () => errorPage("Not found", "There is no page at this address.");

/** The id in `/sources/<id>`, or undefined when the rest of the path is not one percent-decodable segment. */
function sourceIdFrom(rest: string): string | undefined {
  if (!rest || rest.includes("/")) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

function matches(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}

/** Creates the server (not yet listening). */
export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const { engine, logger } = deps;
  const mounts: Mount[] = [];

  /** The bot's own routes: read-only, GET and HEAD only. */
  function ownRoutes(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    const known =
      pathname === "/healthz" ||
      pathname === "/readyz" ||
      pathname === "/sources" ||
      pathname.startsWith("/sources/");
    if (known && req.method !== "GET" && req.method !== "HEAD") {
      send(req, res, 405, "Method not allowed\n", {
        "content-type": "text/plain; charset=utf-8",
        allow: "GET, HEAD",
      });
      return;
    }
    if (pathname === "/healthz") {
      // Memory in MB, for dashboards and the soak script: a replica's heap should stay flat under load.
      const { rss, heapUsed } = process.memoryUsage();
      const memory = { rssMb: Math.round(rss / 2 ** 20), heapUsedMb: Math.round(heapUsed / 2 ** 20) };
      const body = `${JSON.stringify({ ok: true, articles: engine.articles().length, memory })}\n`;
      send(req, res, 200, body, { "content-type": "application/json", "cache-control": "no-store" });
      return;
    }
    if (pathname === "/readyz") {
      const count = engine.articles().length;
      const checks: ReadinessChecks = {
        index: count > 0 ? "ok" : "no article is indexed",
        ...deps.readiness?.(),
      };
      const ready = Object.values(checks).every((v) => v === "ok");
      const body = `${JSON.stringify({ ready, checks })}\n`;
      send(req, res, ready ? 200 : 503, body, {
        "content-type": "application/json",
        "cache-control": "no-store",
      });
      return;
    }
    if (pathname === "/sources") {
      sendPage(req, res, 200, renderSourceListPage(engine.articles()));
      return;
    }
    if (pathname === "/sources/") {
      // Relative links on the list page assume no trailing slash.
      send(req, res, 301, "", { location: "../sources" });
      return;
    }
    if (pathname.startsWith("/sources/")) {
      const id = sourceIdFrom(pathname.slice("/sources/".length));
      const article = id === undefined ? undefined : engine.articles().find((a) => a.meta.id === id);
      if (article) {
        sendPage(req, res, 200, renderSourcePage(article));
        return;
      }
    }
    sendPage(req, res, 404, notFound());
  }

  function fail(res: ServerResponse, req: IncomingMessage, error: unknown): void {
    logger.error({ err: error, method: req.method, url: req.url }, "HTTP request failed");
    if (!res.headersSent) {
      sendPage(req, res, 500, errorPage("Something went wrong", "The page could not be shown."));
    } else {
      res.destroy();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let pathname: string;
    try {
      // The base only makes relative request targets parseable; the host header is never trusted.
      pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    } catch {
      sendPage(req, res, 400, errorPage("Bad request", "That address could not be read."));
      return;
    }
    const mount = mounts.find((m) => matches(pathname, m.prefix));
    if (mount) {
      await mount.listener(req, res);
      return;
    }
    ownRoutes(req, res, pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => fail(res, req, error));
  });
  server.on("clientError", (error, socket) => {
    logger.debug({ err: error }, "HTTP client error");
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
  });

  return {
    server,
    mount(pathPrefix, listener) {
      const prefix = `/${pathPrefix.replace(/^\/+/, "")}`.replace(/(.)\/+$/, "$1");
      mounts.push({ prefix, listener });
      // Longest prefix first, so `/slack/events` wins over `/slack`.
      mounts.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once("error", onError);
        server.listen(port, host, () => {
          server.off("error", onError);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) {
          resolve();
          return;
        }
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      });
    },
  };
}
