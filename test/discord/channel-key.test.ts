import { describe, expect, it } from "vitest";
import { channelIdFromKey, channelKey } from "../../adapters/discord/channel-key.js";

describe("channelKey", () => {
  it("qualifies a channel by guild, or by dm", () => {
    expect(channelKey("111", "222")).toBe("discord:111:222");
    expect(channelKey(null, "222")).toBe("discord:dm:222");
  });

  it("reads the channel id back, and nothing from other platforms' keys", () => {
    expect(channelIdFromKey("discord:111:222")).toBe("222");
    expect(channelIdFromKey("discord:dm:222")).toBe("222");
    expect(channelIdFromKey("slack:T1:C1")).toBeUndefined();
  });
});
