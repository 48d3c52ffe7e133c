import { expect } from 'vitest';
import { GrokImagineError } from '../../src/errors/grok-imagine-error.ts';
import { SubmissionUncertainError } from '../../src/errors/submission-uncertain-error.ts';
import type { HttpClientOptions } from '../../src/http/create-http-client.ts';
import type { CreateAttempt } from '../../src/provider/provider-adapter.ts';
import { failure, Job, setupHttp } from './http-fixture.ts';

/** Sends one create request (POST /videos/generations) that must fail; returns its error and the attempt it carried. */
export async function create(
  overrides: Partial<HttpClientOptions> = {},
  extra: { signal?: AbortSignal; maxBodyBytes?: number } = {},
) {
  const { http, clock } = setupHttp(overrides);
  const attempt: CreateAttempt = { sent: false };
  const error = (await failure(
    http.request({
      method: 'POST',
      path: '/videos/generations',
      json: { prompt: 'x' },
      schema: Job,
      intent: 'create',
      attempt,
      ...extra,
    }),
  )) as unknown as GrokImagineError;
  expect(GrokImagineError.isInstance(error), `an SDK error, got ${String(error)}`).toBe(true);
  return { error, attempt, clock };
}

/** Checks a create error is a refusal: the given class, `accepted: 'no'`, not uncertain. */
export function expectRefused(error: GrokImagineError, name: string): void {
  expect(error.name).toBe(name);
  expect(error.accepted).toBe('no');
  expect(SubmissionUncertainError.isInstance(error)).toBe(false);
}

/** Checks a create error is uncertain: `SubmissionUncertainError`, `accepted: 'unknown'`, with this cause. */
export function expectUncertain(error: GrokImagineError, causeName: string): void {
  expect(SubmissionUncertainError.isInstance(error), `SubmissionUncertainError, got ${error.name}`).toBe(
    true,
  );
  expect(error.accepted).toBe('unknown');
  expect(error.provider).toBe('xai');
  expect(error.message).toContain('the job may exist and be charged. Not sent again automatically.');
  expect((error.cause as Error).name).toBe(causeName);
}
