/**
 * Preloaded into the soak's replicas (`node --expose-gc --import ./bench/gc-on-signal.ts`): on SIGUSR2 the
 * process runs a full garbage collection and writes one JSON line, `gc done`, with its RSS and used heap in
 * MB, so the soak compares memory after collection instead of whatever garbage happened to be uncollected.
 * Bench-only: the bot itself never loads it.
 */
process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  process.stderr.write(
    `${JSON.stringify({ level: 30, msg: "gc done", rssMb: mb(rss), heapUsedMb: mb(heapUsed), at: Date.now() })}\n`,
  );
});
