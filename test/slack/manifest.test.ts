import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
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

const manifest = parse(readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8")) as Manifest;

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
});
