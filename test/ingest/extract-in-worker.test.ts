import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/ingest/extract-article.js";
import { createWorkerExtractor } from "../../src/ingest/extract-in-worker.js";
import { articleHtml, FORTY_FIVE_BILLION, POWER_GRID } from "./fixtures/news-site.js";

const SELF = "https://hsj.example/news/openai-widens-amazon-pact";

/** About 2 MB of ordinary markup: seconds of parsing. */
const HEAVY = `<html><head><title>Heavy</title></head><body><article>${`<div class="row"><span>Update</span><p>${"The widget tally rose to nine units at the depot, the operator said on Tuesday. ".repeat(4)}</p></div>`.repeat(5_500)}</article></body></html>`;

// A deadline a busy machine's worker start-up and an ordinary page never reach, that the heavy page does.
const extractor = createWorkerExtractor({ timeoutMs: 1_000 });
const patient = createWorkerExtractor({ timeoutMs: 30_000 });
afterAll(() => Promise.all([extractor.close(), patient.close()]));

describe("createWorkerExtractor", () => {
  it("gives the same result as extractArticle on the calling thread", async () => {
    const html = articleHtml(FORTY_FIVE_BILLION, SELF);
    expect(await patient.extract(html, SELF)).toEqual(extractArticle(html, SELF));
  }, 60_000);

  it("refuses a page that overruns its deadline without holding up the caller's thread, then reads the next", async () => {
    // The longest the event loop was held, in nanoseconds.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const heavy = extractor.extract(HEAVY, "https://x.example/heavy");
    const next = extractor.extract(articleHtml(POWER_GRID, SELF), SELF);
    expect(await heavy).toEqual({
      ok: false,
      error: "the page at https://x.example/heavy took longer than 1 s to read",
    });
    loopDelay.disable();
    expect(loopDelay.max / 1e6).toBeLessThan(1_000);
    // The stalled worker was replaced: the page queued behind it is read as usual.
    expect(await next).toMatchObject({ ok: true, article: { title: POWER_GRID.title } });
  }, 60_000);
});
