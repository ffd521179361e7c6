import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalReason } from "../../src/ingest/address-policy.js";
import { type SafeFetchOptions, safeFetch } from "../../src/ingest/safe-fetch.js";
import { type NewsSite, startNewsSite } from "./fixtures/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

const page: SafeFetchOptions = { kind: "page", allowPrivate: true, timeoutMs: 2_000, maxBytes: 200_000 };

describe("safeFetch", () => {
  it("fetches an HTML page and reports the address it ended at after a redirect", async () => {
    const result = await safeFetch(`${site.baseUrl}/to-article`, page);
    expect(result).toMatchObject({
      ok: true,
      url: `${site.baseUrl}/news/openai-widens-amazon-pact`,
      contentType: "text/html",
    });
    expect(result.ok && result.body).toContain("$45 billion");
  });

  it("refuses a page larger than the cap while it streams", async () => {
    const result = await safeFetch(`${site.baseUrl}/huge`, { ...page, maxBytes: 50_000 });
    expect(result).toMatchObject({ ok: false, code: "too-large" });
    expect(!result.ok && result.error).toContain("50000-byte limit");
  });

  it("gives up on a server that never answers", async () => {
    const result = await safeFetch(`${site.baseUrl}/slow`, { ...page, timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, code: "timeout" });
    expect(!result.ok && result.error).toContain("300 ms");
  });

  it("gives up within its deadline on a gzip body that never ends", async () => {
    const started = performance.now();
    const result = await Promise.race([
      safeFetch(`${site.baseUrl}/endless.gz`, { ...page, timeoutMs: 300 }),
      new Promise((resolve) => setTimeout(() => resolve("still running after 5 s"), 5_000)),
    ]);
    expect(result).toMatchObject({ ok: false, code: "timeout" });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("refuses JSON where a page is expected", async () => {
    const result = await safeFetch(`${site.baseUrl}/data.json`, page);
    expect(result).toMatchObject({ ok: false, code: "content-type" });
    expect(!result.ok && result.error).toContain('"application/json"');
  });

  it("accepts RSS and Atom as feeds but not as pages", async () => {
    const feed = { ...page, kind: "feed" as const };
    expect(await safeFetch(`${site.baseUrl}/feed.rss`, feed)).toMatchObject({
      ok: true,
      contentType: "application/rss+xml",
    });
    expect(await safeFetch(`${site.baseUrl}/feed.atom`, feed)).toMatchObject({ ok: true });
    expect(await safeFetch(`${site.baseUrl}/feed.rss`, page)).toMatchObject({
      ok: false,
      code: "content-type",
    });
  });

  it("refuses 127.0.0.1 when private addresses are not allowed, before connecting", async () => {
    const before = site.requests.length;
    const result = await safeFetch(`${site.baseUrl}/news/openai-widens-amazon-pact`, {
      ...page,
      allowPrivate: false,
    });
    expect(result).toMatchObject({ ok: false, code: "refused" });
    expect(!result.ok && result.error).toContain("loopback");
    expect(site.requests.length).toBe(before);
  });

  it("refuses a host name that resolves to a private address", async () => {
    const result = await safeFetch("http://intranet.example/", {
      ...page,
      allowPrivate: false,
      resolve: async () => [{ address: "10.0.0.7", family: 4 }],
    });
    expect(result).toMatchObject({ ok: false, code: "refused" });
    expect(!result.ok && result.error).toContain("10.0.0.7 is a private address");
  });

  it("re-checks the address on a redirect to the cloud metadata service", async () => {
    // The test site stands in for a public host; only its redirect target is judged by the real rules.
    const publicSite = (address: string) => (address === "127.0.0.1" ? undefined : refusalReason(address));
    const result = await safeFetch(`${site.baseUrl}/to-metadata`, {
      ...page,
      allowPrivate: false,
      refusal: publicSite,
    });
    expect(result).toMatchObject({ ok: false, code: "refused" });
    expect(!result.ok && result.error).toContain("169.254.169.254 is a cloud metadata address");
  });

  it.each([
    "file:///etc/passwd",
    "ftp://example.com/a",
    "javascript:alert(1)",
    "not a url",
  ])("refuses %s as not an http(s) address", async (url) => {
    expect(await safeFetch(url, page)).toMatchObject({ ok: false, code: "bad-url" });
  });

  it("reports a missing page with its status", async () => {
    const result = await safeFetch(`${site.baseUrl}/nowhere`, page);
    expect(result).toMatchObject({ ok: false, code: "http-status" });
    expect(!result.ok && result.error).toContain("HTTP 404");
  });
});
