/**
 * Requests signed as Slack signs them (v0: HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing
 * secret), for tests and benches that POST to a Slack HTTP receiver: the in-process harness, bot processes,
 * the soak and the load bench.
 */
import { createHmac } from "node:crypto";

/** Slack's timestamp and signature headers for `body`; `timestamp` in seconds (default now). */
export function slackSignatureHeaders(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`,
  };
}

export interface SignedPostOptions {
  /** application/json for events, application/x-www-form-urlencoded (the default) for commands and clicks. */
  contentType?: string;
  /** More headers, e.g. Slack's `x-slack-retry-num`. */
  headers?: Record<string, string>;
  /** The signed timestamp in seconds (default now): an old one tests replay refusal. */
  timestamp?: number;
}

/** POSTs `body` to `url` signed with `secret`; resolves with the status and the response text. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  options: SignedPostOptions = {},
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: "POST",
    body,
    headers: {
      "content-type": options.contentType ?? "application/x-www-form-urlencoded",
      ...slackSignatureHeaders(secret, body, options.timestamp),
      ...options.headers,
    },
  });
  return { status: res.status, text: await res.text() };
}
