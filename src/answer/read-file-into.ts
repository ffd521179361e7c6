/**
 * Reading many small files at start (the articles, hashed to decide whether the snapshot is current) through
 * one buffer, rather than a new one a file.
 */
import { closeSync, openSync, readSync } from "node:fs";

/** A buffer reads reuse; replaced by a larger one when a file does not fit. */
export interface ReusedBuffer {
  bytes: Buffer;
}

/**
 * A file's bytes read into `buffer.bytes` (replaced by one twice as long while the file does not fit), as a
 * view valid until the next read; undefined when the file cannot be read.
 */
export function readFileInto(file: string, buffer: ReusedBuffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    let length = 0;
    for (;;) {
      if (length === buffer.bytes.length) {
        const bigger = Buffer.allocUnsafe(buffer.bytes.length * 2 || 4096);
        buffer.bytes.copy(bigger);
        buffer.bytes = bigger;
      }
      const read = readSync(fd, buffer.bytes, length, buffer.bytes.length - length, null);
      if (!read) return buffer.bytes.subarray(0, length);
      length += read;
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
