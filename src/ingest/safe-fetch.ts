/**
 * Fetches a page or feed named by a stranger without letting it reach inside the network: http(s) only,
 * every hop's host resolved and checked before connecting (and the connection pinned to the checked
 * address, so a second DNS answer cannot swap it), one deadline over the whole exchange (name lookup,
 * connect, headers, body and decompression), a byte cap while streaming and a content-type check.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { refusalReason } from "./address-policy.js";
import { decodeBody } from "./decode-body.js";
import { looksLikeFeed } from "./sniff-feed.js";

/** What is being fetched decides which content types are accepted. */
export type FetchKind = "page" | "feed";

export type FetchErrorCode =
  | "bad-url"
  | "refused"
  | "timeout"
  | "too-large"
  | "content-type"
  | "http-status"
  | "encoding"
  | "network";

export type FetchResult =
  | { ok: true; url: string; contentType: string; body: string }
  | { ok: false; code: FetchErrorCode; error: string };

/** Resolves a host name to its addresses (dns.lookup in production). */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface SafeFetchOptions {
  kind: FetchKind;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  resolve?: ResolveHost;
  /** Overrides the address check (tests treat 127.0.0.1 as public to test redirects to private ones). */
  refusal?: (address: string) => string | undefined;
}

const ACCEPTED: Record<FetchKind, RegExp> = {
  page: /^(text\/html|application\/xhtml\+xml)$/,
  feed: /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|application\/x-rss\+xml)$/,
};

/** Types feeds are often served as by mistake: accepted for a feed only when the body's root is one. */
const SNIFFED_FEED_TYPES = /^(text\/plain|application\/octet-stream|binary\/octet-stream|text\/html|)$/;

const ACCEPT_HEADER: Record<FetchKind, string> = {
  page: "text/html,application/xhtml+xml;q=0.9",
  feed: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8",
};

const defaultResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

class FetchFailure extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches `url` under the safety rules; failures are values with a reason fit to show the asker. */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    let current = parseHttpUrl(url);
    for (let hop = 0; ; hop++) {
      const target = await untilAborted(checkedAddress(current, options), signal);
      const response = await request(current, target, options.kind, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        if (hop >= (options.maxRedirects ?? 5))
          throw new FetchFailure("network", `too many redirects from ${url}`);
        current = parseHttpUrl(new URL(response.headers.location, current).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchFailure("http-status", `${current.href} answered HTTP ${status}`);
      }
      const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      const sniff = options.kind === "feed" && SNIFFED_FEED_TYPES.test(contentType);
      const wrongType = () => {
        const wanted = options.kind === "page" ? "an HTML page" : "an RSS or Atom feed";
        return new FetchFailure(
          "content-type",
          `${current.href} is not ${wanted} (content type "${contentType || "none"}")`,
        );
      };
      if (!sniff && !ACCEPTED[options.kind].test(contentType)) {
        response.resume();
        throw wrongType();
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        response.destroy();
        throw tooLarge(current, options.maxBytes);
      }
      const bytes = await readCapped(response, options.maxBytes, current, signal);
      const decoded = decodeBody(bytes, response.headers["content-type"]);
      if (!decoded.ok) throw new FetchFailure("encoding", `${current.href}: ${decoded.error}`);
      if (sniff && !looksLikeFeed(decoded.text)) throw wrongType();
      return { ok: true, url: current.href, contentType, body: decoded.text };
    }
  } catch (error) {
    if (error instanceof FetchFailure) return { ok: false, code: error.code, error: error.message };
    if (signal.aborted) {
      return { ok: false, code: "timeout", error: `${url} did not answer within ${options.timeoutMs} ms` };
    }
    return { ok: false, code: "network", error: `could not fetch ${url}: ${(error as Error).message}` };
  }
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchFailure("bad-url", `"${raw}" is not a web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchFailure("bad-url", `only http and https addresses can be added, not ${url.protocol}`);
  }
  if (url.username || url.password)
    throw new FetchFailure("bad-url", "addresses with credentials are refused");
  return url;
}

/** Resolves the host and refuses it if any of its addresses is not public. */
async function checkedAddress(
  url: URL,
  options: SafeFetchOptions,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch (error) {
      throw new FetchFailure("network", `cannot resolve ${host}: ${(error as Error).message}`);
    }
    if (addresses.length === 0) throw new FetchFailure("network", `cannot resolve ${host}`);
  }
  if (!options.allowPrivate) {
    const refuse = options.refusal ?? refusalReason;
    for (const { address } of addresses) {
      const reason = refuse(address);
      if (reason) throw new FetchFailure("refused", `refused ${url.href}: ${reason}`);
    }
  }
  return addresses[0]!;
}

function request(
  url: URL,
  target: { address: string; family: number },
  kind: FetchKind,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  // Connect to the address that was checked, whatever DNS would say now.
  const pinned = ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (opts.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "GET",
        lookup: pinned,
        signal,
        headers: {
          accept: ACCEPT_HEADER[kind],
          "accept-encoding": "gzip, deflate, br",
          "user-agent": "deal-bot/0.1 (+article ingest)",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** `promise`, or a rejection as soon as `signal` aborts (for work that takes no signal, like DNS lookups). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decompressor =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decompressor) return response;
  // pipeline, not pipe: an aborted or failed response must end the decompressor too, or reading it waits
  // forever. The error surfaces through the decompressor the reader is iterating.
  return pipeline(response, decompressor, () => undefined);
}

/** Reads the body, giving up as soon as it exceeds the cap (counted after decompression) or `signal` aborts. */
async function readCapped(
  response: http.IncomingMessage,
  maxBytes: number,
  url: URL,
  signal: AbortSignal,
): Promise<Buffer> {
  const stream = decoded(response);
  const onAbort = () => {
    stream.destroy(signal.reason as Error);
    response.destroy();
  };
  signal.addEventListener("abort", onAbort, { once: true });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        stream.destroy();
        response.destroy();
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk as Buffer);
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: URL, maxBytes: number): FetchFailure {
  return new FetchFailure("too-large", `${url.href} is larger than the ${maxBytes}-byte limit`);
}
