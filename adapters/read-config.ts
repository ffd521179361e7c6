/**
 * Reads the configuration for an entry point: the optional `.env` (variables already set win), then the
 * one zod parse of the environment (src/config.ts).
 */
import { existsSync } from "node:fs";
import { type Config, type ConfigResult, parseConfig } from "../src/config.js";

/** Loads `.env` if present and parses the environment. */
export function readConfig(): ConfigResult {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return parseConfig(process.env);
}

/** As `readConfig`, but a bad value stops the process with the message naming the variable. */
export function readConfigOrExit(): Config {
  const parsed = readConfig();
  if (!parsed.ok) {
    console.error(parsed.error);
    process.exit(1);
  }
  return parsed.config;
}
