/**
 * Group commit for one kind of statement: calls made while `maxInFlight` statements of that kind are
 * already running wait, and go to the database together as one statement when one finishes. Under load N
 * calls then cost one round trip instead of N; a lone call goes at once (it waits only for the calls made
 * in the same tick), so an idle bot pays no latency for it. The idea is a database's group commit
 * (PostgreSQL's `commit_delay`) and DataLoader's batching, applied to one statement.
 */

export interface GroupOptions {
  /** Statements of this kind running at once (at most the connections they may use; default 1). */
  maxInFlight?: number;
  /** Calls in one statement at most (default 500), bounding the statement's size. */
  maxGroup?: number;
}

/**
 * Wraps `run` (items in, one result per item in the same order out) as a function of one item. A group
 * that fails rejects every call in it with the error.
 */
export function groupStatements<I, O>(
  run: (items: I[]) => Promise<O[]>,
  options: GroupOptions = {},
): (item: I) => Promise<O> {
  const maxInFlight = options.maxInFlight ?? 1;
  const maxGroup = options.maxGroup ?? 500;
  const waiting: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    while (inFlight < maxInFlight && waiting.length > 0) {
      const group = waiting.splice(0, maxGroup);
      inFlight++;
      run(group.map((g) => g.item))
        .then(
          (results) => {
            for (const [i, g] of group.entries()) g.resolve(results[i] as O);
          },
          (error: unknown) => {
            for (const g of group) g.reject(error);
          },
        )
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };
  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(pump);
      }
    });
}
