/**
 * The terminal chat, deal-bot's embedded default. Handles: free questions, every `/deal` command of the
 * table (with or without the `/deal` prefix), an empty line (help), `exit` / `quit` / Ctrl-D / Ctrl-C (leave),
 * and a story's number after a "which story?" list (the question asked again within that story). The
 * session keeps the story of its last answer, so follow-ups stay in it.
 * With stdin a pipe it answers each line in order and returns at the end of input.
 */
import { createInterface } from "node:readline";
import type { Envelope } from "../../src/commands/command.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/logger.js";
import { renderReply } from "./render.js";

export interface ShellChatOptions {
  core: Core;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: prompt, greeting and colour. A pipe gets plain answers only. */
  isTTY: boolean;
  logger: Logger;
  /** Where the source pages are served, named in the greeting so their links are known to open. */
  publicBaseUrl: string | undefined;
}

const PROMPT = "deal-bot> ";
const LEAVE = /^\/?(exit|quit)$/i;
/** A pick from a numbered list, as people type it: "2", "2.", "2)", "#2". */
const PICK = /^#?(\d{1,2})[.)]?$/;

/** The shell is one person in one place; follow-ups borrow the last question asked and its story. */
function envelopeFor(previousQuestion: string | undefined, storyId: string | undefined): Envelope {
  return {
    platform: "shell",
    userId: "local",
    channelKey: "shell:local",
    previousQuestion,
    ...(storyId ? { storyId } : {}),
  };
}

/** A "which story?" list waiting for a number: the question and the stories, in the order printed. */
interface PendingPick {
  question: string;
  storyIds: string[];
}

/** Runs the chat until the input ends or the person leaves. Never throws on a line. */
export async function runShellChat(options: ShellChatOptions): Promise<void> {
  const { core, input, output, isTTY, logger, publicBaseUrl } = options;
  const rl = createInterface({ input, output: isTTY ? output : undefined, terminal: isTTY });
  const write = (text: string) => output.write(`${text}\n\n`);
  // Ctrl-C at the prompt leaves, as Ctrl-D does, rather than leaving the chat paused.
  rl.on("SIGINT", () => rl.close());

  if (isTTY) {
    write(
      `deal-bot: ask about the story, or type help. ${publicBaseUrl ? `Source pages: ${publicBaseUrl}/sources` : "Source pages are not served."}\n` +
        `${core.engine.articles().length} articles loaded. exit or Ctrl-D leaves.`,
    );
    rl.setPrompt(PROMPT);
    rl.prompt();
  }

  let previousQuestion: string | undefined;
  let storyId: string | undefined;
  let pending: PendingPick | undefined;
  for await (const line of rl) {
    if (LEAVE.test(line.trim())) break;
    let reply: Reply;
    try {
      // A number right after a "which story?" list picks from it ("2", "2.", "#2"); any other line is a
      // line of its own.
      const number = PICK.exec(line.trim())?.[1];
      const picked = pending && number ? pending.storyIds[Number(number) - 1] : undefined;
      reply = picked
        ? await core.handleText(pending!.question, envelopeFor(previousQuestion, picked))
        : await core.handleText(line, envelopeFor(previousQuestion, storyId));
      write(renderReply(reply, { color: isTTY, pickByNumber: true }));
    } catch (error) {
      logger.error({ err: error, line: line.slice(0, 200) }, "shell chat could not answer a line");
      write("Sorry, something went wrong answering that. Try rephrasing, or type help.");
      if (isTTY) rl.prompt();
      continue;
    }
    // The question the engine answered (a topic's own question for a shorthand) is the context of the next.
    pending = undefined;
    // Following a story moves the session to it: the follow promises questions naming no story go there.
    if (reply.type === "notice" && reply.story) storyId = reply.story.id;
    if (reply.type === "answer") {
      const result = reply.result;
      storyId = result.story?.id ?? storyId;
      if (result.status === "no_answer" && result.storyChoices?.length) {
        pending = { question: result.question, storyIds: result.storyChoices.map((c) => c.id) };
      } else {
        previousQuestion = result.question;
      }
    }
    if (isTTY) rl.prompt();
  }
  rl.close();
}
