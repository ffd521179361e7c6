/**
 * Stops calling Slack once it has rejected the bot token. After `invalid_auth`, `token_revoked` or
 * `account_inactive` every further Web API call with that token would fail the same way (each costing a
 * request and a log line), so the first rejection logs one error saying to reinstall the app, and from
 * then on calls with that token fail at once without reaching Slack. A different token (a restart with
 * the new one) is not affected. Events that could only be answered through the API are dropped with a
 * debug line; slash commands still answer, through their response_url, which needs no token.
 */
import type { AnyMiddlewareArgs, Middleware, webApi } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";

/** Slack's errors meaning the token itself is no good, not the call. */
export const TOKEN_REJECTED = new Set(["invalid_auth", "token_revoked", "account_inactive", "not_authed"]);

export interface TokenGate {
  /** Makes `client` fail fast once its token was rejected (idempotent per client). */
  guard(client: webApi.WebClient): webApi.WebClient;
  /** Slack's error for `token`, once rejected. */
  rejected(token: string | undefined): string | undefined;
  /** Global Bolt middleware: guards the request's client and drops events while its token is rejected. */
  middleware: Middleware<AnyMiddlewareArgs>;
}

type MakeRequest = (
  url: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<Response>;

/** An error shaped like the Web API's platform errors, so callers handle it as they would Slack's. */
function rejectedError(code: string): Error {
  return Object.assign(
    new Error(`An API error occurred: ${code} (not sent: Slack rejected this token earlier)`),
    {
      code: "slack_webapi_platform_error",
      data: { ok: false, error: code },
    },
  );
}

export function createTokenGate(logger: Logger): TokenGate {
  const rejectedTokens = new Map<string, string>();
  const guarded = new WeakSet<webApi.WebClient>();

  const guard = (client: webApi.WebClient) => {
    if (guarded.has(client)) return client;
    guarded.add(client);
    // Every Web API method ends in the client's makeRequest (the methods are bound to apiCall when the
    // client is built, so apiCall itself cannot be wrapped afterwards).
    const inner = client as unknown as { makeRequest: MakeRequest };
    const request = inner.makeRequest.bind(client);
    inner.makeRequest = async (url, body, headers) => {
      const token = headers?.Authorization?.replace(/^Bearer /, "") ?? client.token;
      const known = token ? rejectedTokens.get(token) : undefined;
      if (known) throw rejectedError(known);
      const response = await request(url, body, headers);
      // The client reads the body itself later; a clone leaves it unread.
      const data = (await response
        .clone()
        .json()
        .catch(() => undefined)) as { ok?: boolean; error?: string } | undefined;
      const code = data?.ok === false ? data.error : undefined;
      if (code && TOKEN_REJECTED.has(code) && token && !rejectedTokens.has(token)) {
        rejectedTokens.set(token, code);
        logger.error(
          { platform: "slack", slackError: code, url },
          `Slack rejected the bot token (${code}): reinstall the app to the workspace (OAuth & Permissions → Reinstall) and set SLACK_BOT_TOKEN to the new token, then restart. Until then deal-bot makes no more Slack API calls with this token.`,
        );
      }
      return response;
    };
    return client;
  };

  return {
    guard,
    rejected: (token) => (token ? rejectedTokens.get(token) : undefined),
    middleware: async (args) => {
      const client = guard(args.client);
      const code = client.token ? rejectedTokens.get(client.token) : undefined;
      if (code && "event" in args && args.event) {
        logger.debug(
          { platform: "slack", reason: `bot token rejected (${code})`, event: args.event.type },
          "event not answered",
        );
        return;
      }
      await args.next();
    },
  };
}
