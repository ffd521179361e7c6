/**
 * `/deal add <url>`: fetch an article and add it to the corpus while the bot runs.
 */
import type { CommandSpec } from "./command.js";

export const addCommand: CommandSpec = {
  name: "add",
  description: "Add an article by its address: add <url>",
  kind: "utility",
  options: [{ name: "url", description: "The article's http(s) address", required: true, rest: true }],
  run: async (options, ctx) => {
    const url = options.url?.trim();
    if (!url)
      return { type: "notice", tone: "warning", text: "Give the article's address: `/deal add https://…`" };
    if (!ctx.ingest)
      return { type: "notice", tone: "warning", text: "Adding articles is not enabled on this bot." };
    return ctx.ingest.addUrl(url, ctx.envelope);
  },
};
