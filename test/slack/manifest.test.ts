import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { SLASH_COMMAND } from "../../adapters/slack/listeners/slash-command.js";
import { COMMANDS } from "../../src/commands/table.js";

interface Manifest {
  features: {
    bot_user: { display_name: string };
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string; usage_hint: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

/**
 * The manifest fields Slack's app manifest reference documents (https://docs.slack.dev/reference/app-manifest,
 * typed as `Manifest` in @slack/web-api's request/manifest.d.ts), strict so a misplaced key fails. Only the
 * sections deal-bot uses are spelled out; the others are allowed through untyped.
 */
const httpUrl = z.url({ protocol: /^https$/ });
const SlackManifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.number().optional(), minor_version: z.number().optional() }),
  display_information: z.strictObject({
    name: z.string().max(35),
    description: z.string().max(140).optional(),
    long_description: z.string().optional(),
    background_color: z.string().optional(),
  }),
  features: z.strictObject({
    app_home: z
      .strictObject({
        home_tab_enabled: z.boolean().optional(),
        messages_tab_enabled: z.boolean().optional(),
        messages_tab_read_only_enabled: z.boolean().optional(),
      })
      .optional(),
    bot_user: z.strictObject({ display_name: z.string().max(80), always_online: z.boolean().optional() }),
    slash_commands: z.array(
      z.strictObject({
        command: z.string().regex(/^\/[a-z0-9_-]+$/),
        description: z.string().max(2000),
        should_escape: z.boolean().optional(),
        url: httpUrl.optional(),
        usage_hint: z.string().max(1000).optional(),
      }),
    ),
    shortcuts: z.array(z.unknown()).optional(),
    unfurl_domains: z.array(z.string()).optional(),
    assistant_view: z.unknown().optional(),
  }),
  oauth_config: z.strictObject({
    redirect_urls: z.array(z.string()).optional(),
    scopes: z.strictObject({ bot: z.array(z.string()).optional(), user: z.array(z.string()).optional() }),
    token_management_enabled: z.boolean().optional(),
  }),
  settings: z.strictObject({
    allowed_ip_address_ranges: z.array(z.string()).optional(),
    event_subscriptions: z.strictObject({
      request_url: httpUrl.optional(),
      bot_events: z.array(z.string()).optional(),
      user_events: z.array(z.string()).optional(),
    }),
    incoming_webhooks: z.unknown().optional(),
    interactivity: z.strictObject({
      is_enabled: z.boolean(),
      request_url: httpUrl.optional(),
      message_menu_options_url: httpUrl.optional(),
    }),
    org_deploy_enabled: z.boolean().optional(),
    socket_mode_enabled: z.boolean().optional(),
    token_rotation_enabled: z.boolean().optional(),
  }),
});

const manifestText = readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8");

/** The manifest as a person following its HTTP-mode comment would edit it. */
function httpModeManifest(): unknown {
  const edited = parse(manifestText) as Record<string, unknown>;
  const paths = [...manifestText.matchAll(/^#\s+http-mode:\s+(\S+)$/gm)].map((m) => m[1]!);
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let node = edited as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = "https://bot.example.com/slack/events";
  }
  (edited.settings as Record<string, unknown>).socket_mode_enabled = false;
  return { edited, paths };
}

const manifest = parse(manifestText) as Manifest;

describe("manifest.yml", () => {
  it("registers the command the adapter listens for, with every command of the table in its usage hint", () => {
    expect(manifest.features.slash_commands).toHaveLength(1);
    const [command] = manifest.features.slash_commands;
    expect(command?.command).toBe(SLASH_COMMAND);
    const hinted = command?.usage_hint.split(" | ") ?? [];
    expect(hinted).toEqual([...COMMANDS.map((c) => c.name), "<question>"]);
    expect(command?.description.length).toBeLessThanOrEqual(100);
  });

  it("asks for the smallest set of scopes the listeners need", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        "app_mentions:read",
        "channels:history",
        "chat:write",
        "commands",
        "groups:history",
        "im:history",
      ].sort(),
    );
  });

  it("subscribes to mentions, DMs and channel messages (for thread follow-ups), with interactivity for the buttons", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ["app_mention", "message.channels", "message.groups", "message.im"].sort(),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it("turns Socket Mode on and lets people DM the bot", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.request_url).toBeUndefined();
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it("uses only the fields Slack's manifest reference documents", () => {
    const checked = SlackManifestSchema.safeParse(manifest);
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  it("says where HTTP mode's addresses go: `url` on the slash command, `request_url` on events and interactivity", () => {
    const { edited, paths } = httpModeManifest() as { edited: unknown; paths: string[] };
    expect(paths).toHaveLength(3);
    const checked = SlackManifestSchema.safeParse(edited);
    expect(checked.error?.issues ?? []).toEqual([]);
    const http = checked.data!;
    expect(http.features.slash_commands[0]?.url).toBe("https://bot.example.com/slack/events");
    expect(http.settings.event_subscriptions.request_url).toBe("https://bot.example.com/slack/events");
    expect(http.settings.interactivity.request_url).toBe("https://bot.example.com/slack/events");
  });
});
