/**
 * A local stand-in for Slack's Web API and `response_url`s: records every call and answers from a script,
 * so adapter tests assert the exact payloads deal-bot sends without touching the network.
 */
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `respond:<name>` for a response_url post. */
  method: string;
  headers: IncomingHttpHeaders;
  /** Form fields (with `blocks` JSON-decoded) or the JSON body. */
  body: Record<string, unknown>;
  raw: string;
}

export interface FakeResponse {
  /** Answer only after this long; the call is recorded (and waiters told) on arrival. */
  delayMs?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeSlack {
  /** Base URL for `slackApiUrl`, ending in `/api/`. */
  apiUrl: string;
  /** A response_url the fake accepts, recorded as `respond:<name>`. */
  responseUrl(name: string): string;
  calls: RecordedCall[];
  /** Calls to one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** The next responses for `method`, used once each, before the default. */
  script(method: string, ...responses: FakeResponse[]): void;
  /** Resolves once `count` calls to `method` have been recorded. */
  waitFor(method: string, count?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

const DEFAULTS: Record<string, unknown> = {
  "auth.test": { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", team: "Test team" },
  "chat.postMessage": { ok: true, channel: "C1", ts: "1700000000.000200" },
};

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith("application/json")) return raw ? JSON.parse(raw) : {};
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ["blocks", "attachments", "metadata"]) {
    if (typeof fields[key] === "string") fields[key] = JSON.parse(fields[key] as string);
  }
  return fields;
}

/**
 * `conversations.history` and `.replies` as Slack would answer them: every `chat.postMessage` the fake
 * received for the channel (and thread), metadata included, so a poster can look for its own post.
 */
function historyFrom(calls: RecordedCall[]) {
  return (method: string, args: Record<string, unknown>) => {
    if (method !== "conversations.history" && method !== "conversations.replies") return undefined;
    const messages = calls
      .map((c, i) => ({ c, ts: `1700000001.${String(i).padStart(6, "0")}` }))
      .filter(({ c }) => c.method === "chat.postMessage" && c.body.channel === args.channel)
      .filter(({ c }) => method === "conversations.history" || c.body.thread_ts === args.ts)
      .map(({ c, ts }) => ({ type: "message", ts, text: c.body.text, metadata: c.body.metadata }));
    return { ok: true, messages };
  };
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, FakeResponse[]>();
  const waiters: { method: string; count: number; resolve: (c: RecordedCall[]) => void }[] = [];
  const callsTo = (method: string) => calls.filter((c) => c.method === method);
  const history = historyFrom(calls);
  const notify = () => {
    for (const w of [...waiters]) {
      const got = callsTo(w.method);
      if (got.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(got);
      }
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const method = path.startsWith("/api/")
        ? path.slice("/api/".length)
        : `respond:${path.slice("/respond/".length)}`;
      calls.push({ method, headers: req.headers, body: parseBody(raw, req.headers["content-type"]), raw });
      const scripted = scripts.get(method)?.shift();
      const status = scripted?.status ?? 200;
      const body =
        scripted?.body ??
        (method.startsWith("respond:")
          ? { ok: true }
          : (DEFAULTS[method] ?? history(method, calls.at(-1)!.body) ?? { ok: true }));
      const answer = () => {
        res.writeHead(status, { "content-type": "application/json", ...scripted?.headers });
        res.end(JSON.stringify(body));
      };
      if (scripted?.delayMs) {
        notify();
        setTimeout(() => {
          if (!res.destroyed) answer();
        }, scripted.delayMs).unref();
        return;
      }
      answer();
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (name) => `${base}/respond/${name}`,
    calls,
    callsTo,
    script(method, ...responses) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...responses]);
    },
    waitFor(method, count = 1) {
      return new Promise((resolve) => {
        waiters.push({ method, count, resolve });
        notify();
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
