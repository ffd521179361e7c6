/**
 * `/deal add <url>`: fetch an article and add it to the corpus while the bot runs.
 */
import type { CommandSpec } from "./command.js";
import { codeSpan } from "./notice-text.js";

export const addCommand: CommandSpec = {
  name: "add",
  description: "Add an article by its address: add <url>",
  kind: "utility",
  options: [{ name: "url", description: "The article's http(s) address", required: true, rest: true }],
  run: async (options, ctx) => {
    const url = options.url?.trim();
    if (!url)
      return { type: "notice", tone: "warning", text: "Give the article's address: `/deal add https://…`" };
    // A path typed at a terminal ("/tmp/story.txt", "./notes.md"): say how files get in, not just "not a web address".
    if (
      !/^[a-z][a-z0-9+.-]*:/i.test(url) &&
      (/^(?:[/~]|\.{1,2}\/)/.test(url) || /\.(?:md|txt|html?)$/i.test(url))
    ) {
      return {
        type: "notice",
        tone: "warning",
        text: `${codeSpan(url)} is a file, and \`/deal add\` fetches web pages. Copy the file into the articles folder (\`SEEDS_DIR\`): it is read while the bot runs.`,
      };
    }
    if (!ctx.ingest)
      return { type: "notice", tone: "warning", text: "Adding articles is not enabled on this bot." };
    return ctx.ingest.addUrl(url, ctx.envelope);
  },
};
