/**
 * A local fake of Discord for end-to-end tests with the real discord.js Client: REST on
 * http://127.0.0.1:<port>/api/v10 and a minimal JSON gateway (hello, identify → READY + GUILD_CREATE,
 * heartbeat acks) on the same port with `ws`. It records every REST call and lets a test inject failures
 * and push gateway dispatches (MESSAGE_CREATE, INTERACTION_CREATE) with realistic payloads.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** How long a wait for a call may take: an add fetches, extracts and indexes, slowly on a loaded machine. */
const WAIT_MS = 15_000;

export const BOT_ID = "1100000000000000001";
export const APP_ID = "1100000000000000002";
export const GUILD_ID = "1100000000000000003";
export const CHANNEL_ID = "1100000000000000004";
export const THREAD_ID = "1100000000000000005";
export const DM_CHANNEL_ID = "1100000000000000006";
export const USER_ID = "1100000000000000010";
export const OTHER_BOT_ID = "1100000000000000011";
/** The role Discord manages for the bot in the guild (its tags name the bot). */
export const BOT_ROLE_ID = "1100000000000000012";
export const TOKEN = "discord-test-token";

/** One REST call as the fake received it. */
export interface RecordedCall {
  method: string;
  /** Path after `/api/v10`, URL-decoded (`/webhooks/…/messages/@original`). */
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON is asserted field by field in tests
  body: any;
  authorization: string | undefined;
  /** The status the fake answered with, and the JSON it sent. */
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: asserted field by field in tests
  response: any;
}

/** A failure to answer with instead of success, `times` times, for calls matching method and path. */
export interface InjectedFailure {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const user = (id = USER_ID, username = "asker", bot = false) => ({
  id,
  username,
  discriminator: "0",
  global_name: username,
  avatar: null,
  ...(bot ? { bot: true } : {}),
});

const BOT_USER = { ...user(BOT_ID, "deal-bot", true) };

let snowflake = 1_200_000_000_000_000_000n;
/** A fresh, increasing snowflake id. */
export function nextId(): string {
  snowflake += 1n;
  return snowflake.toString();
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A message object as Discord returns it for a created message. */
// biome-ignore lint/suspicious/noExplicitAny: mirrors whatever JSON body was sent
export function messagePayload(channelId: string, body: any, extra: Record<string, unknown> = {}) {
  return {
    id: nextId(),
    channel_id: channelId,
    author: BOT_USER,
    content: body?.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: body?.message_reference ? 19 : 0,
    flags: body?.flags ?? 0,
    ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
    ...extra,
  };
}

export interface FakeDiscord {
  url: string;
  /** The API base to give discord.js (`rest.api` / DISCORD_API_URL). */
  api: string;
  calls: RecordedCall[];
  identifies: { token: string; intents: number; shard?: [number, number] }[];
  fail(failure: InjectedFailure): void;
  /** Sends a gateway dispatch to every connected client. */
  dispatch(t: string, d: unknown): void;
  /** Resolves with the first call from index `since` on that matches; rejects after 5 s naming what came. */
  waitForCall(match: (call: RecordedCall) => boolean, since?: number): Promise<RecordedCall>;
  /** Resolves when a client has sent IDENTIFY (from index `since`). */
  waitForIdentify(since?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 and an ephemeral port. */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: RecordedCall[] = [];
  const identifies: FakeDiscord["identifies"] = [];
  const failures: InjectedFailure[] = [];
  const sockets = new Set<WebSocket>();
  const waiters = new Set<() => void>();
  let seq = 0;
  const notify = () => {
    for (const w of [...waiters]) w();
  };

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    if (body === undefined) {
      // A 204 must not carry a JSON content-type: discord.js would try to parse the empty body.
      res.writeHead(status, headers).end();
    } else {
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
    }
  };

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are free-form JSON
  const route = (method: string, path: string, query: URLSearchParams, body: any): [number, unknown] => {
    if (method === "GET" && path === "/gateway/bot") {
      return [
        200,
        {
          url: `ws://127.0.0.1:${port}`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === "POST" && callback) {
      if (query.get("with_response") !== "true") return [204, undefined];
      const message = messagePayload(CHANNEL_ID, body?.data, { webhook_id: APP_ID, application_id: APP_ID });
      return [
        200,
        {
          interaction: {
            id: callback[1],
            type: 3,
            response_message_id: message.id,
            response_message_loading: false,
          },
          resource: { type: body?.type, message },
        },
      ];
    }
    if (method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      return [200, messagePayload(CHANNEL_ID, body, { webhook_id: APP_ID, application_id: APP_ID })];
    }
    if (method === "POST" && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return [200, messagePayload(CHANNEL_ID, body, { webhook_id: APP_ID, application_id: APP_ID })];
    }
    // Opening a DM: every person's DM with the bot is DM_CHANNEL_ID here.
    if (method === "POST" && path === "/users/@me/channels") {
      return [200, { id: DM_CHANNEL_ID, type: 1, recipients: [user(String(body?.recipient_id))] }];
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channel) {
      return [200, messagePayload(channel[1]!, body)];
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [
        200,
        (body as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: nextId(),
          application_id: APP_ID,
          version: "1",
        })),
      ];
    }
    return [404, { message: "404: Not Found", code: 0 }];
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ""));
    const method = req.method ?? "GET";
    const failureIndex = failures.findIndex((f) => f.method === method && f.path.test(path));
    let status: number;
    let response: unknown;
    if (failureIndex >= 0) {
      const failure = failures[failureIndex]!;
      failure.times -= 1;
      if (failure.times <= 0) failures.splice(failureIndex, 1);
      status = failure.status;
      response = failure.body ?? { message: `fake failure ${status}`, code: 0 };
      send(res, status, response, failure.headers);
    } else {
      [status, response] = route(method, path, url.searchParams, body);
      send(res, status, response);
    }
    calls.push({
      method,
      path,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      status,
      response,
    });
    notify();
  });

  const gateway = new WebSocketServer({ server });
  gateway.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    const dispatchTo = (t: string, d: unknown) => {
      seq += 1;
      socket.send(JSON.stringify({ op: 0, t, s: seq, d }));
    };
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    socket.on("message", (raw) => {
      const packet = JSON.parse(String(raw)) as {
        op: number;
        d: { token: string; intents: number; shard?: [number, number] };
      };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op !== 2) return;
      identifies.push({ token: packet.d.token, intents: packet.d.intents, shard: packet.d.shard });
      dispatchTo("READY", {
        v: 10,
        user: BOT_USER,
        guilds: [{ id: GUILD_ID, unavailable: true }],
        session_id: `session-${identifies.length}`,
        resume_gateway_url: `ws://127.0.0.1:${port}`,
        application: { id: APP_ID, flags: 0 },
        ...(packet.d.shard ? { shard: packet.d.shard } : {}),
      });
      dispatchTo("GUILD_CREATE", guildCreate());
      notify();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const waitFor = <T>(find: () => T | undefined, describe: () => string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`fake Discord: nothing matched in ${WAIT_MS / 1000} s; calls were:\n${describe()}`));
      }, WAIT_MS);
      waiters.add(check);
      check();
    });

  return {
    url: `http://127.0.0.1:${port}`,
    api: `http://127.0.0.1:${port}/api`,
    calls,
    identifies,
    fail: (failure) => failures.push({ ...failure }),
    dispatch(t, d) {
      for (const socket of sockets) {
        seq += 1;
        socket.send(JSON.stringify({ op: 0, t, s: seq, d }));
      }
    },
    waitForCall: (match, since = 0) =>
      waitFor(
        () => calls.slice(since).find(match),
        () =>
          calls
            .slice(since)
            .map((c) => `${c.method} ${c.path} ${c.status}`)
            .join("\n"),
      ),
    waitForIdentify: (since = 0) =>
      waitFor(
        () => (identifies.length > since ? true : undefined),
        () => `${identifies.length} identifies`,
      ).then(() => undefined),
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The guild as the gateway sends it once READY: one text channel and a thread the bot started. */
function guildCreate() {
  return {
    id: GUILD_ID,
    name: "Deal watchers",
    icon: null,
    owner_id: USER_ID,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: GUILD_ID,
        name: "@everyone",
        permissions: "1071698660929",
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: BOT_ROLE_ID,
        name: "deal-bot",
        permissions: "0",
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: false,
        flags: 0,
        tags: { bot_id: BOT_ID },
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: GUILD_ID,
        name: "general",
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        owner_id: BOT_ID,
        name: "Deal questions",
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 1,
        member_count: 2,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
      },
    ],
  };
}

/** A MESSAGE_CREATE payload from a person (or a bot, with `author`). */
export function messageCreate(options: {
  content: string;
  channelId?: string;
  /** null for a DM. */
  guildId?: string | null;
  author?: ReturnType<typeof user>;
  mentions?: ReturnType<typeof user>[];
  /** Role ids mentioned (`<@&id>` in the content). */
  mentionRoles?: string[];
  /** The message this one replies to (as Discord includes it). */
  replyTo?: { id: string; author: ReturnType<typeof user>; channelId?: string };
}) {
  const guildId = options.guildId === undefined ? GUILD_ID : options.guildId;
  const channelId = options.channelId ?? (guildId ? CHANNEL_ID : DM_CHANNEL_ID);
  const author = options.author ?? user();
  const referenced = options.replyTo
    ? messagePayload(
        options.replyTo.channelId ?? channelId,
        { content: "an earlier answer" },
        {
          id: options.replyTo.id,
          author: options.replyTo.author,
        },
      )
    : undefined;
  return {
    id: nextId(),
    channel_id: channelId,
    ...(guildId
      ? {
          guild_id: guildId,
          member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
        }
      : {}),
    author,
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentions ?? [],
    mention_roles: options.mentionRoles ?? [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
    type: referenced ? 19 : 0,
    ...(referenced
      ? {
          message_reference: {
            type: 0,
            message_id: referenced.id,
            channel_id: referenced.channel_id,
            ...(guildId ? { guild_id: guildId } : {}),
          },
          referenced_message: referenced,
        }
      : {}),
  };
}

const interactionBase = (guildId: string | null) => ({
  id: nextId(),
  application_id: APP_ID,
  token: `interaction-token-${nextId()}`,
  version: 1,
  locale: "en-US",
  entitlements: [],
  authorizing_integration_owners: { "0": GUILD_ID },
  app_permissions: "1071698660929",
  ...(guildId
    ? {
        guild_id: guildId,
        guild_locale: "en-US",
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: "general" },
        context: 0,
        member: {
          user: user(),
          roles: [],
          permissions: "1071698660929",
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      }
    : {
        channel_id: DM_CHANNEL_ID,
        channel: { id: DM_CHANNEL_ID, type: 1, recipients: [user()] },
        context: 1,
        user: user(),
      }),
});

/** An INTERACTION_CREATE for `/deal <subcommand> [options]`. */
export function slashCommand(
  subcommand: string,
  options: Record<string, string> = {},
  guildId: string | null = GUILD_ID,
) {
  return {
    ...interactionBase(guildId),
    type: 2,
    data: {
      id: "1100000000000000099",
      name: "deal",
      type: 1,
      options: [
        {
          name: subcommand,
          type: 1,
          options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })),
        },
      ],
    },
  };
}

/** An INTERACTION_CREATE for a click on a button of a message the bot sent. */
// biome-ignore lint/suspicious/noExplicitAny: the message the button sits on, as sent
export function buttonClick(customId: string, onMessage: any, ephemeral = true) {
  return {
    ...interactionBase(GUILD_ID),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: { ...onMessage, flags: ephemeral ? 64 : 0, webhook_id: APP_ID, application_id: APP_ID },
  };
}
