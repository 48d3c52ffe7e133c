import {
  createClient,
  type GenerationRequest,
  type Logger,
  resolveRequestMedia,
  type StartResult,
} from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { createXaiAdapter } from '../adapter.ts';
import type { XaiConfig } from '../config.ts';

/** The mocked origin (the adapter's default base URL is `https://api.x.ai/v1`). */
export const XAI_ORIGIN = 'https://api.x.ai';

/** A fake key; tests check it is sent and never leaks. */
export const TEST_KEY = 'xai-test-Zq8kR2vN5mW7pL0sT4yB';

/** An adapter, a client over it and the fake clock both use; retries off unless asked. */
export function createTestKit(config: XaiConfig = {}, logger?: Logger) {
  const clock = createFakeClock();
  const adapter = createXaiAdapter({ apiKey: TEST_KEY, env: {}, clock, retry: { retries: 0 }, ...config });
  const client = createClient(adapter, { clock, ...(logger ? { logger } : {}) });

  /** Prepares a request as core does (normalize, check, plan, resolve media) and calls `start` directly. */
  async function start(request: GenerationRequest, startLogger: Logger = {}) {
    const prepared = client.prepare(request);
    const resolved = await resolveRequestMedia(prepared.request, { explicitFields: prepared.explicitFields });
    const attempt = { sent: false };
    const result: StartResult = await adapter.start(resolved, prepared.plan, {
      clock,
      logger: startLogger,
      attempt,
    });
    return { result, attempt, plan: prepared.plan };
  }

  return { clock, adapter, client, start };
}

/** A nock scope that only matches requests carrying the key as a Bearer token. */
export function xaiApi(key: string = TEST_KEY): nock.Scope {
  return nock(XAI_ORIGIN).matchHeader('authorization', `Bearer ${key}`);
}

/** A nock scope for a JSON `POST` with the key (content type checked too). */
export function xaiPost(key: string = TEST_KEY): nock.Scope {
  return xaiApi(key).matchHeader('content-type', 'application/json');
}
