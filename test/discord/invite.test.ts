import { describe, expect, it } from "vitest";
import { BOT_PERMISSIONS, inviteUrl } from "../../adapters/discord/invite.js";

describe("inviteUrl", () => {
  it("asks for the bot and applications.commands scopes and the five permissions the bot uses", () => {
    expect(BOT_PERMISSIONS).toBe(274877991936n);
    expect(inviteUrl("123")).toBe(
      "https://discord.com/oauth2/authorize?client_id=123&scope=bot+applications.commands&permissions=274877991936",
    );
  });
});
