/**
 * `/deal digest on [HH:MM] [timezone] [quiet|verbose] | off | status | preview`. The words after `on`
 * may come in any order ("on Europe/Berlin" works); Discord's structured options go the same way.
 */
import { parseDigestArgs } from "../digest/parse-digest-args.js";
import type { CommandSpec } from "./command.js";

const ACTIONS = ["on", "off", "status", "preview"] as const;

export const digestCommand: CommandSpec = {
  name: "digest",
  description: "Daily digest here: on [HH:MM] [timezone] [quiet|verbose], off, status, preview (only you)",
  kind: "utility",
  options: [
    { name: "action", description: "on, off, status or preview", required: true, choices: ACTIONS },
    { name: "time", description: "Local time to post, HH:MM (default 09:00)", required: false },
    { name: "timezone", description: "IANA timezone, e.g. Europe/Berlin", required: false },
    {
      name: "mode",
      description: "quiet: post nothing on days without news (default); verbose: post a one-line notice",
      required: false,
    },
  ],
  run: async (options, ctx) => {
    if (!ctx.digest)
      return { type: "notice", tone: "warning", text: "The daily digest is not enabled on this bot." };
    switch (options.action) {
      case "on": {
        const parsed = parseDigestArgs([options.time, options.timezone, options.mode]);
        if (!parsed.ok) return { type: "notice", tone: "warning", text: parsed.error };
        return ctx.digest.subscribe(ctx.envelope, parsed.options);
      }
      case "off":
        return ctx.digest.unsubscribe(ctx.envelope);
      case "status":
        return ctx.digest.status(ctx.envelope);
      case "preview":
        return ctx.digest.preview(ctx.envelope);
      default:
        return {
          type: "notice",
          tone: "warning",
          text: "Use `/deal digest on [HH:MM] [timezone] [quiet|verbose]`, `off`, `status` or `preview`.",
        };
    }
  },
};
