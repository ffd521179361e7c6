/**
 * One scheduler in its own process, for the multi-process test: ticks once at a fixed time against the
 * given SQLite file and appends a line to the log file for every post it makes.
 * Usage: node --import tsx tick-process.ts <db file> <log file> <ISO time>
 */
import { appendFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { runDueDigests } from "../../src/digest/run-due-digests.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { openStore, silentLogger } from "./support.js";

const [file, log, iso] = process.argv.slice(2) as [string, string, string];
const store = openStore(file);
const outcomes = await runDueDigests({
  store,
  engine: createFakeEngine(),
  now: () => new Date(iso),
  logger: silentLogger,
  publicBaseUrl: "http://localhost:3000",
  posters: [
    {
      platform: "shell",
      async post(channelKey) {
        // A slow platform widens the window in which the other processes tick.
        await delay(200);
        appendFileSync(log, `${process.pid} ${channelKey}\n`);
        return { messageId: String(process.pid) };
      },
    },
  ],
});
await store.close();
process.stdout.write(JSON.stringify(outcomes));
