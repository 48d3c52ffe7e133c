import {
  type GenerationRequest,
  type Logger,
  type MediaInput,
  normalizeRequest,
  type ProviderRequest,
  type ResolvedMedia,
  type StartContext,
  type StartResult,
} from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { vi } from 'vitest';
import { createPixazoAdapter, type PixazoAdapter, type PixazoConfig } from '../adapter.ts';

/** The key every test adapter uses; tests check it never leaks. */
export const TEST_KEY = 'pz-test-subscription-key-7f3a';

/** The default gateway origin the adapter talks to. */
export const ORIGIN = 'https://gateway.pixazo.ai';

/** One request nock saw. */
export interface RecordedCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** What core hands `start` (and, without `attempt`, `status`): a fake clock, spy logger, fresh attempt. */
export function testContext(): StartContext & {
  clock: FakeClock;
  logger: Required<Pick<Logger, 'warn' | 'error'>>;
} {
  return { clock: createFakeClock(), logger: { warn: vi.fn(), error: vi.fn() }, attempt: { sent: false } };
}

/** Plans a request on the adapter and starts it, as core's submit does (without the ledger). */
export function startOn(
  adapter: PixazoAdapter,
  request: ProviderRequest,
  ctx: StartContext = testContext(),
): Promise<StartResult> {
  return adapter.start(request, adapter.plan(request), ctx);
}

/** An adapter pointed at the gateway with the test key and a fake clock. */
export function testAdapter(config: PixazoConfig = {}): PixazoAdapter {
  return createPixazoAdapter({ apiKey: TEST_KEY, clock: createFakeClock(), ...config });
}

/**
 * Answers one call to `path` and records what was sent. `reply` is sent as JSON unless it is a
 * string (sent as is, with `contentType`).
 */
export function intercept(
  method: 'GET' | 'POST',
  path: string,
  status: number,
  reply: unknown,
  headers: Record<string, string> = {},
): RecordedCall[] {
  const calls: RecordedCall[] = [];
  nock(ORIGIN)
    .intercept(path, method)
    .reply(function (uri, body) {
      const parsed = typeof body === 'string' && body !== '' ? JSON.parse(body) : body;
      calls.push({
        method,
        path: uri,
        headers: { ...this.req.headers },
        body: parsed === '' ? undefined : parsed,
      });
      const text = typeof reply === 'string' ? reply : JSON.stringify(reply);
      const type = typeof reply === 'string' ? 'text/html; charset=utf-8' : 'application/json';
      return [status, text, { 'content-type': type, ...headers }];
    });
  return calls;
}

function resolve(media: MediaInput): ResolvedMedia {
  if (typeof media === 'string') return { kind: 'url', url: media };
  if (media instanceof Uint8Array) return { kind: 'bytes', bytes: media, mimeType: 'image/png' };
  throw new Error('test kit resolves only URL strings and Uint8Array');
}

/** What core hands `plan` and `start`: the request normalized (defaults applied) with its media resolved. */
export function providerRequest(input: GenerationRequest): ProviderRequest {
  const request = normalizeRequest(input).request as unknown as Record<string, unknown>;
  for (const field of ['image', 'video'] as const)
    if (request[field] !== undefined) request[field] = resolve(request[field] as MediaInput);
  for (const field of ['images', 'references'] as const)
    if (request[field] !== undefined) request[field] = (request[field] as MediaInput[]).map(resolve);
  return request as unknown as ProviderRequest;
}
