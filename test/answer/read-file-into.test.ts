import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReusedBuffer, readFileInto } from "../../src/answer/read-file-into.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "deal-bot-read-into-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readFileInto", () => {
  it("gives each file's bytes as readFileSync does, one buffer reused across files of any size", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 5_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 64 }),
        async (contents, start) => {
          const files = await Promise.all(
            contents.map(async (bytes) => {
              const file = join(dir, `f-${n++}`);
              await writeFile(file, bytes);
              return file;
            }),
          );
          const buffer: ReusedBuffer = { bytes: Buffer.allocUnsafe(start) };
          for (const file of files) expect(readFileInto(file, buffer)).toEqual(readFileSync(file));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("gives nothing for a file that is not there or not a file", async () => {
    const buffer: ReusedBuffer = { bytes: Buffer.allocUnsafe(16) };
    await mkdir(join(dir, "folder"));
    expect(readFileInto(join(dir, "missing"), buffer)).toBeUndefined();
    expect(readFileInto(join(dir, "folder"), buffer)).toBeUndefined();
  });
});
