/**
 * The one command table, checked against what every platform accepts (Discord is the strictest: names of
 * at most 32 lower-case characters, descriptions of 1–100, required options first, 8,000 characters in all).
 */
import { describe, expect, it } from "vitest";
import { COMMANDS, findCommand } from "../../src/commands/table.js";

const DISCORD_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

describe("COMMANDS", () => {
  it("has unique names", () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("names every command and option in lower case, within 32 characters", () => {
    for (const command of COMMANDS) {
      expect(command.name).toMatch(DISCORD_NAME);
      for (const option of command.options) expect(option.name, command.name).toMatch(DISCORD_NAME);
    }
  });

  it("describes every command and option in 1 to 100 characters", () => {
    for (const command of COMMANDS) {
      expect(command.description.length, command.name).toBeGreaterThan(0);
      expect(command.description.length, command.name).toBeLessThanOrEqual(100);
      for (const option of command.options) {
        expect(option.description.length, `${command.name} ${option.name}`).toBeGreaterThan(0);
        expect(option.description.length, `${command.name} ${option.name}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it("puts required options before optional ones and a rest option last", () => {
    for (const command of COMMANDS) {
      const required = command.options.map((o) => o.required);
      expect(required, command.name).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      const rest = command.options.findIndex((o) => o.rest);
      if (rest >= 0) expect(rest, command.name).toBe(command.options.length - 1);
    }
  });

  it("offers at most 25 lower-case choices per option", () => {
    for (const option of COMMANDS.flatMap((c) => c.options)) {
      if (!option.choices) continue;
      expect(option.choices.length).toBeLessThanOrEqual(25);
      for (const choice of option.choices) expect(choice).toBe(choice.toLowerCase());
    }
  });

  it("fits Discord's 8,000 characters for one command with all its subcommands", () => {
    const size = COMMANDS.reduce(
      (sum, c) =>
        sum +
        c.name.length +
        c.description.length +
        c.options.reduce(
          (s, o) => s + o.name.length + o.description.length + (o.choices?.join("").length ?? 0),
          0,
        ),
      0,
    );
    expect(size).toBeLessThanOrEqual(8000);
  });

  it("offers every shorthand the issue names", () => {
    const names = COMMANDS.map((c) => c.name);
    for (const name of [
      "value",
      "parties",
      "terms",
      "timeline",
      "people",
      "market",
      "risks",
      "sources",
      "stories",
      "follow",
      "help",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("gives every topic a question of its own", () => {
    const topics = COMMANDS.filter((c) => c.kind === "topic");
    expect(topics.length).toBeGreaterThanOrEqual(7);
    for (const topic of topics) expect(topic.question?.trim(), topic.name).toMatch(/\?$/);
    expect(new Set(topics.map((t) => t.question)).size).toBe(topics.length);
  });

  it("gives topics no options, so a topic is one word to type", () => {
    for (const topic of COMMANDS.filter((c) => c.kind === "topic")) expect(topic.options).toEqual([]);
  });
});

describe("findCommand", () => {
  it("finds a command by name in any case", () => {
    expect(findCommand("MARKET")?.name).toBe("market");
  });

  it("finds nothing for an unknown name or a prefix", () => {
    expect(findCommand("markets")).toBeUndefined();
    expect(findCommand("")).toBeUndefined();
  });

  it("looks only in the table it is given", () => {
    expect(findCommand("market", [findCommand("help")!])).toBeUndefined();
  });
});
