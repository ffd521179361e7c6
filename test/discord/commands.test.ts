import { ApplicationCommandOptionType, InteractionContextType } from "discord.js";
import { describe, expect, it } from "vitest";
import { buildDealCommand } from "../../adapters/discord/commands.js";
import { COMMANDS } from "../../src/commands/table.js";

describe("buildDealCommand", () => {
  const json = buildDealCommand(COMMANDS);
  const sub = (name: string) =>
    json.options?.find((o) => o.name === name) as {
      type: number;
      options?: {
        name: string;
        type: number;
        required?: boolean;
        max_length?: number;
        choices?: unknown[];
      }[];
    };

  it("has one subcommand per command in the table, in order", () => {
    expect(json.name).toBe("deal");
    expect(json.options?.map((o) => o.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(json.options?.every((o) => o.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
  });

  it("makes ask take a required question of at most 1,000 characters", () => {
    expect(sub("ask").options).toEqual([
      expect.objectContaining({
        name: "question",
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: 1000,
      }),
    ]);
  });

  it("turns choice options into fixed string choices", () => {
    const action = sub("digest").options?.find((o) => o.name === "action");
    expect(action?.choices).toEqual(
      expect.arrayContaining([
        { name: "on", value: "on" },
        { name: "off", value: "off" },
      ]),
    );
  });

  it("gives topics no options and is usable in servers and DMs with the bot", () => {
    expect(sub("value").options ?? []).toEqual([]);
    expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
  });
});
