import { describe, expect, it } from "vitest";
import { groupStatements } from "../../src/store/group-statements.js";

/** A statement runner that records each group and finishes only when told to. */
function controlledRunner() {
  const groups: number[][] = [];
  const finish: (() => void)[] = [];
  const run = (items: number[]) => {
    groups.push(items);
    return new Promise<number[]>((resolve) => finish.push(() => resolve(items.map((i) => i * 10))));
  };
  return { groups, finish, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("groupStatements", () => {
  it("sends a lone call at once and the calls made while it runs together in the next statement", async () => {
    const r = controlledRunner();
    const call = groupStatements(r.run);
    const first = call(1);
    await tick();
    expect(r.groups).toEqual([[1]]);
    const rest = [call(2), call(3), call(4)];
    await tick();
    expect(r.groups).toHaveLength(1);
    r.finish[0]!();
    await tick();
    expect(r.groups).toEqual([[1], [2, 3, 4]]);
    r.finish[1]!();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it("runs up to maxInFlight statements at once and caps a group at maxGroup calls", async () => {
    const r = controlledRunner();
    const call = groupStatements(r.run, { maxInFlight: 2, maxGroup: 2 });
    const all = [1, 2, 3, 4, 5, 6, 7].map((i) => call(i));
    await tick();
    expect(r.groups).toEqual([
      [1, 2],
      [3, 4],
    ]);
    r.finish[0]!();
    await tick();
    expect(r.groups.at(-1)).toEqual([5, 6]);
    for (let i = 1; i < 4; i++) {
      r.finish[i]!();
      await tick();
    }
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });

  it("rejects every call of a failed statement and keeps serving later calls", async () => {
    let fail = true;
    const call = groupStatements(async (items: string[]) => {
      if (fail) throw new Error(`connection lost (${items.join(",")})`);
      return items.map((i) => i.toUpperCase());
    });
    const failed = await Promise.allSettled([call("a"), call("b")]);
    expect(failed.map((f) => f.status)).toEqual(["rejected", "rejected"]);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toContain("connection lost (a,b)");
    fail = false;
    expect(await call("c")).toBe("C");
  });
});
