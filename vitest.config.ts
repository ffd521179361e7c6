import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One PostgreSQL server per run (TEST_DATABASE_URL, or a throw-away one): the store runs on both backends.
    globalSetup: ["test/fixtures/postgres-global-setup.ts"],
    // Adapter tests start real servers on 127.0.0.1 and Chromium; two cores, so keep the pool small.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
