/**
 * The store backends every store test runs against (`describe.each(storeBackends)`): the SQLite file in a
 * temp folder and a fresh PostgreSQL database on the run's server.
 */
import { type OpenStoresOptions, openStores, type Stores } from "../../src/store/open-store.js";
import { tempDir } from "../digest/support.js";
import { createTestDatabase } from "../fixtures/postgres.js";

export interface OpenedBackend {
  stores: Stores;
  /** The options that open the same data again (a restart, or a second replica). */
  options: OpenStoresOptions;
  /** Opens another handle on the same data; closed by `cleanup`. */
  reopen(): Promise<Stores>;
  /** Closes every handle and removes the data. */
  cleanup(): Promise<void>;
}

export interface StoreBackend {
  name: "SQLite" | "PostgreSQL";
  open(): Promise<OpenedBackend>;
}

async function openOrThrow(options: OpenStoresOptions): Promise<Stores> {
  const opened = await openStores(options);
  if (!opened.ok) throw new Error(opened.error);
  return opened.stores;
}

async function track(options: OpenStoresOptions, remove: () => Promise<void> | void): Promise<OpenedBackend> {
  const handles: Stores[] = [];
  const reopen = async () => {
    const stores = await openOrThrow(options);
    handles.push(stores);
    return stores;
  };
  const stores = await reopen();
  return {
    stores,
    options,
    reopen,
    async cleanup() {
      for (const h of handles) await h.close().catch(() => undefined);
      await remove();
    },
  };
}

export const storeBackends: StoreBackend[] = [
  {
    name: "SQLite",
    async open() {
      const t = tempDir();
      return track({ dataDir: t.dir }, t.cleanup);
    },
  },
  {
    name: "PostgreSQL",
    async open() {
      const db = await createTestDatabase();
      return track({ databaseUrl: db.url, dataDir: "unused", poolMax: 4 }, () => db.drop());
    },
  },
];
