import type { ErrorKind, ErrorParser, ErrorResponse } from '@grok-imagine/core';
import * as v from '@grok-imagine/core/valibot';
import { ErrorBodySchema } from './api.ts';

/** What a 403 HTML page (a bot challenge in front of the status endpoint) tells the user. */
export const BOT_CHALLENGE_MESSAGE =
  'Pixazo answered with an HTML page instead of JSON: its status endpoint is behind a bot challenge that blocks non-browser polling. Use webhooks instead of polling: submit with `webhook: { url }` and receive the job with createWebhookHandler (or createNodeWebhookHandler) from @grok-imagine/pixazo.';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function snippet(body: string, status: number): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat === '') return `HTTP ${status} with an empty body`;
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}

function kindOf(status: number, error: string | undefined): ErrorKind | undefined {
  // A disabled or unknown model is a 400 whose `error` is the fixed label "Model not found":
  // it is not bad input the user can fix field by field, so it is a not-found.
  if (status === 400 && error?.toLowerCase() === 'model not found') return 'not-found';
  if (status === 402) return 'insufficient-credits';
  return undefined;
}

/**
 * Reads Pixazo's error bodies. `{ error, message }` keeps both texts (`error` as the code, e.g.
 * "Insufficient Balance"); a 403 whose body is not JSON is the bot challenge (kind `bot-challenge`,
 * a message pointing at webhooks); a JSON 403 stays a permission error; the status decides the rest.
 */
export const parsePixazoError: ErrorParser = (response: ErrorResponse) => {
  if (response.status === 403 && response.json === undefined && response.text.trim() !== '') {
    return { kind: 'bot-challenge', code: 'bot_challenge', message: BOT_CHALLENGE_MESSAGE };
  }
  const parsed = v.safeParse(ErrorBodySchema, response.json);
  if (!parsed.success) return { message: snippet(response.text, response.status) };
  const error = text(parsed.output.error);
  const message = text(parsed.output.message);
  return {
    // Without a `message`, the `error` label is the message and not repeated as a code.
    message: message ?? error ?? snippet(response.text, response.status),
    code: message ? error : undefined,
    kind: kindOf(response.status, error),
    requestId: text(parsed.output.request_id),
  };
};
