import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linesOf } from "../../src/answer/file-lines.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "deal-bot-lines-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The simple version the reused buffer replaces: the whole file split at \n, a \r before it dropped. */
function simpleLines(bytes: Buffer): string[] {
  const lines = bytes.toString("latin1").split("\n");
  const last = lines.pop()!;
  return [...lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l)), ...(last ? [last] : [])];
}

async function collect(file: string, chunkBytes: number): Promise<string[]> {
  const out: string[] = [];
  // Copied out at once: a yielded line is a view the next read overwrites.
  for await (const line of linesOf(file, chunkBytes)) out.push(line.toString("latin1"));
  return out;
}

describe("linesOf", () => {
  it("gives the lines a whole-file split gives, whatever the chunk size and line lengths", async () => {
    let n = 0;
    const piece = fc.oneof(
      fc.constantFrom("\n", "\r\n", "\r", "\n\n"),
      fc.string({ unit: "binary-ascii", maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 2, max: 64 }),
        async (pieces, chunk) => {
          const bytes = Buffer.from(pieces.join(""), "latin1");
          const file = join(dir, `lines-${n++}`);
          await writeFile(file, bytes);
          expect(await collect(file, chunk)).toEqual(simpleLines(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a line many times longer than its buffer whole", async () => {
    const long = "deal ".repeat(5_000);
    const file = join(dir, "long");
    await writeFile(file, `short\n${long}\r\nlast`);
    expect(await collect(file, 16)).toEqual(["short", long, "last"]);
  });
});
