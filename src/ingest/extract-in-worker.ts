/**
 * Runs `extractArticle` (linkedom + Readability, synchronous and CPU-bound) in a worker thread with a
 * deadline, so no page can stop the bot answering: near 2 MB of ordinary markup takes seconds to read,
 * and a hostile page could take minutes. One worker reads one page at a time; it starts on the first page,
 * is replaced when a page overruns its deadline or crashes it, and ends after a minute without work.
 */
import { Worker } from "node:worker_threads";
import type { ExtractResult } from "./extract-article.js";
import type { ExtractJob, ExtractReply } from "./extract-worker.js";

/** How long one page may take to read, in milliseconds. */
export const EXTRACT_TIMEOUT_MS = 10_000;
/** The worker's heap: a page whose DOM needs more is refused, the bot's own heap untouched. */
const WORKER_HEAP_MB = 512;

export interface ArticleExtractor {
  /** `extractArticle(html, pageUrl)` off the main thread; `{ ok: false }` when it overruns or fails. */
  extract(html: string, pageUrl: string): Promise<ExtractResult>;
  /** Ends the worker; later pages start a new one. */
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** Deadline for one page, ms (default EXTRACT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The worker ends after this long without a page, ms (default 60 s). */
  idleMs?: number;
}

interface Pending {
  job: ExtractJob;
  resolve: (result: ExtractResult) => void;
  timer?: NodeJS.Timeout;
}

/**
 * The worker's entry. Run from TypeScript sources (`npm start`, vitest), the worker registers tsx's
 * loader itself: a worker inherits no loader registered by a test runner, and under vitest none is.
 */
function workerEntry(): { entry: string; tsxApi?: string } {
  const typescript = import.meta.url.endsWith(".ts");
  const entry = new URL(`./extract-worker.${typescript ? "ts" : "js"}`, import.meta.url).href;
  if (!typescript) return { entry };
  return { entry, tsxApi: import.meta.resolve("tsx/esm/api") };
}

const BOOT = `
const { workerData } = require("node:worker_threads");
(async () => {
  if (workerData.tsxApi) {
    const api = await import(workerData.tsxApi);
    (api.register ?? api.default.register)();
  }
  await import(workerData.entry);
})();
`;

/** A page reader on its own thread; see the module comment. */
export function createWorkerExtractor(options: ExtractorOptions = {}): ArticleExtractor {
  const timeoutMs = options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  const idleMs = options.idleMs ?? 60_000;
  const queue: Pending[] = [];
  let worker: Worker | undefined;
  /** The worker once it has loaded the parser. */
  let ready: Worker | undefined;
  let running: Pending | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextId = 1;

  const start = (): Worker => {
    const started = new Worker(BOOT, {
      eval: true,
      workerData: workerEntry(),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    started.on("message", (reply: ExtractReply | "ready") => {
      if (reply === "ready") {
        ready = started;
        if (running) startDeadline(running);
      } else if (running && reply.id === running.job.id) finish(reply.result);
    });
    const lost = (why: string) => {
      if (worker !== started) return;
      worker = undefined;
      if (running)
        finish({ ok: false, error: `the page at ${running.job.pageUrl} could not be read: ${why}` });
    };
    started.on("error", (error) => lost(error.message));
    started.on("exit", (code) => lost(`the page reader stopped (exit code ${code})`));
    return started;
  };

  // The deadline runs from when the worker is ready: its start (loading the parser, seconds on a busy
  // machine) is no page's fault.
  const startDeadline = (pending: Pending) => {
    pending.timer = setTimeout(() => {
      const stalled = worker;
      worker = undefined;
      void stalled?.terminate();
      finish({
        ok: false,
        error: `the page at ${pending.job.pageUrl} took longer than ${timeoutMs / 1000} s to read`,
      });
    }, timeoutMs);
  };

  const finish = (result: ExtractResult) => {
    const done = running;
    if (!done) return;
    clearTimeout(done.timer);
    running = undefined;
    done.resolve(result);
    next();
  };

  const next = () => {
    if (running) return;
    const pending = queue.shift();
    if (!pending) {
      // Idle: the worker must not keep a finished process (the `add` script) alive.
      worker?.unref();
      idleTimer = setTimeout(() => void close(), idleMs);
      idleTimer.unref();
      return;
    }
    clearTimeout(idleTimer);
    running = pending;
    worker ??= start();
    worker.ref();
    // A worker still starting holds the job until it listens.
    worker.postMessage(pending.job);
    if (ready === worker) startDeadline(pending);
  };

  const close = async () => {
    clearTimeout(idleTimer);
    const ended = worker;
    worker = undefined;
    const stopped = ended?.terminate();
    if (running)
      finish({ ok: false, error: `the page at ${running.job.pageUrl} was not read: the bot is stopping` });
    await stopped;
  };

  return {
    extract(html, pageUrl) {
      return new Promise((resolve) => {
        queue.push({ job: { id: nextId++, html, pageUrl }, resolve });
        next();
      });
    },
    close,
  };
}

/** The process's one page reader, shared by every adder. */
export const sharedExtractor: ArticleExtractor = createWorkerExtractor();
