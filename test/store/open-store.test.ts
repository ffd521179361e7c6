import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStores, redactUrl, sqliteStorePath } from "../../src/store/open-store.js";
import { tempDir } from "../digest/support.js";
import { createTestDatabase } from "../fixtures/postgres.js";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe("openStores", () => {
  it("opens the SQLite file in DATA_DIR, creating the folder, without DATABASE_URL", async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const dataDir = join(t.dir, "nested");
    const opened = await openStores({ dataDir });
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      cleanups.push(() => opened.stores.close());
      expect(opened.stores.backend).toBe("sqlite");
    }
    expect(existsSync(sqliteStorePath(dataDir))).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is set, and never touches DATA_DIR", async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const t = tempDir();
    cleanups.push(t.cleanup);
    const opened = await openStores({ databaseUrl: db.url, dataDir: join(t.dir, "never") });
    if (!opened.ok) throw new Error(opened.error);
    cleanups.push(() => opened.stores.close());
    expect(opened.stores.backend).toBe("postgres");
    expect(existsSync(join(t.dir, "never"))).toBe(false);
  });

  it("says which database it cannot reach, without its password", async () => {
    const url = `postgres://bot:s3cret@127.0.0.1:${await closedPort()}/dealbot`;
    const opened = await openStores({ databaseUrl: url, dataDir: "unused" });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).toContain("cannot reach PostgreSQL at postgres://bot:***@127.0.0.1:");
      expect(opened.error).toContain("DATABASE_URL");
      expect(opened.error).toContain("ECONNREFUSED");
      expect(opened.error).not.toContain("s3cret");
    }
  });

  it("says the server refused, not that it cannot be reached, when PostgreSQL answers with an error", async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const missing = new URL(db.url);
    missing.pathname = "/no_such_database_here";
    missing.searchParams.set("password", "s3cret");
    const t = tempDir();
    cleanups.push(t.cleanup);
    const opened = await openStores({ databaseUrl: missing.toString(), dataDir: t.dir });
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).toMatch(/^PostgreSQL refused the connection at .*no_such_database_here/);
      expect(opened.error).toContain("3D000");
      expect(opened.error).not.toContain("s3cret");
    }
  });

  it("redacts only the password of a URL, in its user part or its query", () => {
    expect(redactUrl("postgres://u:p@h:5432/d?sslmode=require")).toBe(
      "postgres://u:***@h:5432/d?sslmode=require",
    );
    expect(redactUrl("postgres://h/d")).toBe("postgres://h/d");
    expect(redactUrl("postgres://h:5432/d?user=bot&password=s3cret&sslmode=require")).toBe(
      "postgres://h:5432/d?user=bot&password=***&sslmode=require",
    );
  });
});
