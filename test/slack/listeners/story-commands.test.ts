/**
 * `/deal stories`, `/deal follow <story>` and `/deal unfollow <story>` through real Bolt: signed requests
 * in, the fake Slack Web API and response_urls out, the real engine over four deal stories and a real
 * (in-memory SQLite) follows store.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/answer/engine.js";
import type { DigestStore } from "../../../src/store/digest-store.js";
import { openStore } from "../../digest/support.js";
import { dealEngineWithMarkup, MARKUP_TITLE, storyHolding } from "../../fixtures/deal-stories.js";
import { type Harness, type SentMessage, sent, startHarness } from "../harness.js";
import { markupOnly, shownTexts } from "../shown.js";

let engine: Engine;
beforeAll(() => {
  engine = dealEngineWithMarkup();
});
const storyOf = (articleId: string) => storyHolding(engine, articleId);

const isPick = (message: SentMessage) =>
  message.blocks.some((b) => b.elements?.some((e) => e.action_id?.startsWith("deal_pick_")));

describe("/deal stories, follow and unfollow on Slack", () => {
  let h: Harness;
  let store: DigestStore;
  afterEach(async () => {
    await h?.close();
    await store?.close();
  });

  async function start() {
    store = openStore(":memory:");
    h = await startHarness({ engine, follows: store });
  }

  /** `/deal <text>` in `channel`; the ephemeral reply, as the fake's response_url received it. */
  async function command(text: string, channel = "C1"): Promise<SentMessage> {
    const before = h.fake.callsTo("respond:command").length;
    const res = await h.postCommand(text, { channel_id: channel });
    expect(res.status).toBe(200);
    const reply = sent((await h.fake.waitFor("respond:command", before + 1))[before]);
    expect(reply.response_type).toBe("ephemeral");
    return reply;
  }

  /** What a reply shows, one string. */
  const shows = (message: SentMessage) => shownTexts(message.blocks).join("\n");

  /** The line `/deal stories` shows for a story. */
  function storyLine(listing: SentMessage, id: string): string {
    const line = shows(listing)
      .split("\n")
      .find((l) => l.includes(`\`${id}\``));
    if (!line) throw new Error(`no line for ${id} in ${shows(listing)}`);
    return line;
  }

  it("lists every story with its title, source count and id, and marks only the channel's followed one", async () => {
    await start();
    const stories = engine.stories();
    expect(stories).toHaveLength(4);
    const before = await command("stories");
    expect(shows(before)).toContain("I follow 4 stories:");
    for (const s of stories) {
      const line = storyLine(before, s.id);
      expect(line).toContain(`*${s.title}*`);
      expect(line).toContain(`— ${s.articleIds.length} source${s.articleIds.length === 1 ? " " : "s "}`);
      expect(line).not.toContain("followed here");
    }
    const harbor = storyOf("brew-1");
    expect(storyLine(before, harbor.id)).toMatch(/\*Harbor–Northwind · \$4\.2 billion\* — 2 sources/);

    const followed = await command("follow northwind harbor");
    expect(shows(followed)).toBe(
      `:white_check_mark: This channel now follows “${harbor.title}” (2 sources). ` +
        "Questions that name no other story are answered from it. `/deal unfollow` stops.",
    );

    // The command in it is the core's code span, shown as code.
    expect(JSON.stringify(followed.blocks)).toContain(
      '{"type":"text","text":"/deal unfollow","style":{"code":true}}',
    );

    const after = await command("stories");
    const marked = stories.filter((s) => storyLine(after, s.id).includes(":pushpin: followed here"));
    expect(marked.map((s) => s.id)).toEqual([harbor.id]);
    // The mark is this channel's: another channel's list marks nothing.
    expect(shows(await command("stories", "C2"))).not.toContain("followed here");
  });

  it("answers a question that names no story from the channel's followed story, and asks which elsewhere", async () => {
    await start();
    const quanta = storyOf("robot-1");
    // Alone, the question could be about any deal: the picker.
    expect(isPick(await command("what is it worth?"))).toBe(true);

    await command("follow quanta");
    const here = await command("what is it worth?");
    expect(isPick(here)).toBe(false);
    const text = shows(here);
    expect(text).toMatch(/\$2\.1 billion|\$300 million/);
    expect(text).toContain(`:newspaper: ${quanta.title}`);
    expect(text).not.toMatch(/Harbor|Voltline/);

    // A mention in the same channel goes the same way.
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> how much?",
      ts: "1700000000.000500",
      channel: "C1",
    });
    const mentioned = sent((await h.fake.waitFor("chat.postMessage"))[0]);
    expect(mentioned.channel).toBe("C1");
    expect(isPick(mentioned)).toBe(false);
    expect(shows(mentioned)).toContain(`:newspaper: ${quanta.title}`);

    // Another channel follows nothing: the same question gets the picker, by slash command or mention.
    expect(isPick(await command("what is it worth?", "C2"))).toBe(true);
    await h.postEvent({
      type: "app_mention",
      user: "U1",
      text: "<@UBOT> how much?",
      ts: "1700000000.000600",
      channel: "C2",
    });
    const elsewhere = sent((await h.fake.waitFor("chat.postMessage", 2))[1]);
    expect(elsewhere.channel).toBe("C2");
    expect(isPick(elsewhere)).toBe(true);
  });

  it("answers a bad story name with a did-you-mean or the list of story ids, and follows nothing", async () => {
    await start();
    const harbor = storyOf("brew-1");
    const typo = await command(`follow ${harbor.id.slice(0, -1)}x`);
    expect(shows(typo)).toBe(
      ":warning: " +
        `I know no story “${harbor.id.slice(0, -1)}x”. Did you mean “${harbor.title}” (\`/deal follow ${harbor.id}\`)?`,
    );

    const unknown = await command("follow zzzz");
    const said = shows(unknown);
    expect(said).toMatch(/^:warning: I know no story “zzzz”\. Stories: /);
    for (const s of engine.stories()) expect(said).toContain(`\`${s.id}\``);

    // Words two stories' titles share are no one story.
    expect(shows(await command("follow billion"))).not.toContain("now follows");
    expect(h.logs()).not.toContain("answering /deal failed");
    expect(await store.listFollows("slack:T1:C1")).toEqual([]);
    expect(shows(await command("stories"))).not.toContain("followed here");
  });

  it("stops answering from a story after /deal unfollow", async () => {
    await start();
    const voltline = storyOf("power-1");
    await command("follow voltline");
    expect(shows(await command("when is the full capacity online?"))).toContain(
      `:newspaper: ${voltline.title}`,
    );

    const notFollowed = await command("unfollow quanta");
    expect(shows(notFollowed)).toBe(
      `:warning: This channel does not follow “quanta”. It follows: \`${voltline.id}\`.`,
    );
    const stopped = await command("unfollow voltline");
    expect(shows(stopped)).toBe(`:white_check_mark: This channel no longer follows “${voltline.title}”.`);
    expect(await store.listFollows("slack:T1:C1")).toEqual([]);
    expect(isPick(await command("what is it worth?"))).toBe(true);
    expect(shows(await command("stories"))).not.toContain("followed here");
    expect(shows(await command("unfollow voltline"))).toBe(":warning: This channel follows no story.");
  });

  it("shows chat markup in a story's title or a typed name as text, never as a live mention", async () => {
    await start();
    const lender = storyOf("lender-1");
    expect(lender.title).toBe(MARKUP_TITLE);

    const listing = await command("stories");
    // Numbered as /deal follow takes them.
    expect(storyLine(listing, lender.id)).toMatch(/^\d\. /);
    expect(storyLine(listing, lender.id).replace(/^\d\. /, "")).toBe(
      `*${MARKUP_TITLE}* — 1 source · latest 2026-03-02 · \`${lender.id}\``,
    );
    const followed = await command(`follow ${lender.id}`);
    expect(shows(followed)).toContain(`now follows “${MARKUP_TITLE}”`);
    const answered = await command("how many branches will the combined bank have?");
    expect(shows(answered)).toContain("40 branches");
    expect(shows(answered)).toContain(`:newspaper: ${MARKUP_TITLE}`);
    // None of these words is in a title: no story, and the typed name is echoed.
    const unknown = await command("follow <!channel> <@U998> ping");
    expect(shows(unknown)).toContain("I know no story “<!channel> <@U998> ping”");
    await command(`unfollow ${lender.id}`);

    // Everything Slack would parse — mrkdwn, fallbacks, block structure — with the literal text taken out.
    const live = h.fake.calls.map((c) => JSON.stringify(markupOnly(c.body))).join("\n");
    // No special (`<!channel>`), user, channel or role mention (`<@…>`, `<#…>`) outside literal text.
    expect(live).not.toMatch(/<[!@#]/);
    expect(live).not.toContain('"type":"user"');
    expect(live).not.toContain('"type":"broadcast"');
    expect(h.fake.calls.some((c) => c.body.link_names || c.body.parse === "full")).toBe(false);
  });
});
