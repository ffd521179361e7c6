/**
 * The lines of a file as byte ranges, read through one reused buffer: the index snapshot's reader (a file of
 * tens to hundreds of megabytes read once at start).
 */
import { open } from "node:fs/promises";

/** Bytes read at a time: whole lines are cut out of them without a stream and a string per chunk. */
const CHUNK_BYTES = 4 * 2 ** 20;

/**
 * The lines of `file` as byte ranges, without their line breaks (\n or \r\n); a last line without a break
 * is yielded when not empty. A line may be longer than a chunk (the buffer grows to hold it), and the file
 * is never one string, so it may outgrow V8's longest string. The yielded bytes are valid only until the
 * next line is asked for: they are a view of the buffer the next read overwrites. Reading into one buffer
 * (the unfinished line moved to its front) rather than a new chunk each time matters at start, where
 * every newly allocated page is touched for the first time: a new 16 MB buffer a read cost a 2,500-article
 * snapshot ~0.2 s of CPU. `chunkBytes` (≥ 2) is for tests.
 */
export async function* linesOf(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer> {
  const handle = await open(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    /** Bytes of the unfinished line at the front of the buffer. */
    let pending = 0;
    for (;;) {
      // Less than half the buffer free: the unfinished line is long, so the buffer doubles.
      if (buffer.length - pending < buffer.length / 2) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, pending);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, pending, buffer.length - pending, null);
      const data = buffer.subarray(0, pending + bytesRead);
      let start = 0;
      for (let end = data.indexOf(10, start); end >= 0; end = data.indexOf(10, start)) {
        yield data.subarray(start, end > start && data[end - 1] === 13 ? end - 1 : end);
        start = end + 1;
      }
      if (!bytesRead) {
        if (start < data.length) yield data.subarray(start);
        return;
      }
      buffer.copy(buffer, 0, start, data.length);
      pending = data.length - start;
    }
  } finally {
    await handle.close();
  }
}
