/**
 * `/deal digest on [HH:MM] [timezone] | off | status | preview`.
 */
import type { CommandSpec } from "./command.js";

const ACTIONS = ["on", "off", "status", "preview"] as const;

export const digestCommand: CommandSpec = {
  name: "digest",
  description: "Daily digest for this channel: on [HH:MM] [timezone], off, status, preview",
  kind: "utility",
  options: [
    { name: "action", description: "on, off, status or preview", required: true, choices: ACTIONS },
    { name: "time", description: "Local time to post, HH:MM (default 09:00)", required: false },
    { name: "timezone", description: "IANA timezone, e.g. Europe/Berlin", required: false },
  ],
  run: async (options, ctx) => {
    if (!ctx.digest)
      return { type: "notice", tone: "warning", text: "The daily digest is not enabled on this bot." };
    switch (options.action) {
      case "on":
        return ctx.digest.subscribe(ctx.envelope, { time: options.time, timezone: options.timezone });
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
          text: `Use \`/deal digest on [HH:MM] [timezone]\`, \`off\`, \`status\` or \`preview\`.`,
        };
    }
  },
};
