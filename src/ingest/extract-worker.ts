/**
 * The worker thread behind `extractInWorker`: receives `{ id, html, pageUrl }`, answers
 * `{ id, result }` with `extractArticle`'s result; says "ready" once loaded. Runs no other code, so terminating it loses nothing.
 */
import { parentPort } from "node:worker_threads";
import { type ExtractResult, extractArticle } from "./extract-article.js";

/** One page to read. */
export interface ExtractJob {
  id: number;
  html: string;
  pageUrl: string;
}

/** The answer to the job with the same id. */
export interface ExtractReply {
  id: number;
  result: ExtractResult;
}

parentPort?.on("message", (job: ExtractJob) => {
  let result: ExtractResult;
  try {
    result = extractArticle(job.html, job.pageUrl);
  } catch (error) {
    // Readability or the DOM gave up on the page (a stack overflow, an odd construct): the page is refused.
    result = {
      ok: false,
      error: `the page at ${job.pageUrl} could not be parsed as HTML: ${(error as Error).message}`,
    };
  }
  parentPort?.postMessage({ id: job.id, result } satisfies ExtractReply);
});

parentPort?.postMessage("ready");
