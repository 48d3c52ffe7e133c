import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import type { GrokImagineConfig, ProviderId } from '@grok-imagine/sdk';
import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';

// A test file that imports this refuses real network access and leaves no interceptor behind.
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** The key every wire test configures; it must appear only on API requests. */
export const TEST_KEY = 'test-key-123456';

/** One recorded request: what left the process. */
export interface Captured {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A config for one provider at its public base URL, with a fake clock and a key; no env is read. */
export function wireConfig(
  provider: ProviderId,
  extra: GrokImagineConfig = {},
): GrokImagineConfig & { clock: FakeClock } {
  return { provider, apiKey: TEST_KEY, env: {}, clock: createFakeClock(), ...extra } as GrokImagineConfig & {
    clock: FakeClock;
  };
}

/** Records every request an interceptor answers, body parsed when JSON. */
export function recorder(): {
  calls: Captured[];
  record(this: nock.ReplyFnContext, uri: string, body: unknown): void;
} {
  const calls: Captured[] = [];
  return {
    calls,
    record(uri, body) {
      const parsed = typeof body === 'string' && body.length > 0 ? safeJson(body) : body;
      calls.push({ method: this.req.method, path: uri, headers: { ...this.req.headers }, body: parsed });
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Header names that could carry a credential. */
export function credentialHeaders(headers: Record<string, unknown>): string[] {
  return Object.keys(headers).filter((name) => /key|auth|token|cookie/i.test(name));
}
