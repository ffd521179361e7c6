/**
 * Writes article files so that a crash never leaves half an article: the text goes to a temp file in the
 * same directory (same file system, so the rename is atomic), is flushed to disk, then renamed into place.
 * The watcher ignores the temp names.
 */
import { randomBytes } from "node:crypto";
import { link, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Temp files start with a dot and end in `.tmp`; anything watching the directory must skip them. */
export function isTempFile(filePath: string): boolean {
  const base = path.basename(filePath);
  return base.startsWith(".") || base.endsWith(".tmp");
}

/** Writes `content` to `filePath` atomically; with `exclusive`, refuses to replace an existing file. */
export async function writeFileAtomic(
  filePath: string,
  content: string,
  options: { exclusive?: boolean } = {},
): Promise<{ ok: true } | { ok: false; error: string }> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      // link() fails when the name is taken, atomically, where rename() would silently replace.
      const linked = await link(temp, filePath).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === "EEXIST") return false;
          throw error;
        },
      );
      await rm(temp, { force: true });
      if (!linked) return { ok: false, error: `${filePath} already exists` };
    } else {
      await rename(temp, filePath);
    }
    await syncDirectory(dir);
    return { ok: true };
  } catch (error) {
    await rm(temp, { force: true });
    return { ok: false, error: `could not write ${filePath}: ${(error as Error).message}` };
  }
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is fine to skip. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already flushed; only the directory entry's durability is at stake.
  }
}
