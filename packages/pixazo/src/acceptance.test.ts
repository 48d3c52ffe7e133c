import { createClient, ResponseValidationError, SubmissionUncertainError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import t2v from './__fixtures__/endpoints/grok-imagine-video-text-to-video.json' with { type: 'json' };
import { PIXAZO_ENDPOINTS } from './endpoints.ts';
import { ORIGIN, providerRequest, startOn, TEST_KEY, testAdapter } from './testing/pixazo-test-kit.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const path = PIXAZO_ENDPOINTS['grok-imagine-video-text-to-video'].path;
const request = { type: 'text-to-video', prompt: t2v.request.prompt } as const;

/** 2xx answers after which the job may exist, but that the adapter cannot read. */
const UNREADABLE: ReadonlyArray<[string, string]> = [
  ['a truncated JSON body', '{"request_id": "grok-imagine-video-text-to-video_019d'],
  ['a body without request_id', '{"status": "QUEUED"}'],
  ['a request_id that is not a string', '{"request_id": 42, "status": "QUEUED"}'],
];

describe('acceptance of the create request (decided by core)', () => {
  it.each(UNREADABLE)('%s: start throws SubmissionUncertainError, accepted unknown', async (_, body) => {
    const scope = nock(ORIGIN).post(path).reply(202, body, { 'content-type': 'application/json' });
    const error = await startOn(testAdapter(), providerRequest(request)).catch((e: unknown) => e);
    expect(scope.isDone()).toBe(true);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown', provider: 'pixazo' });
    expect((error as Error).cause).toBeInstanceOf(ResponseValidationError);
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
  });

  it.each(UNREADABLE)('%s: through createClient, recorded uncertain and not sent again', async (_, body) => {
    nock(ORIGIN).post(path).reply(202, body, { 'content-type': 'application/json' });
    const second = nock(ORIGIN).post(path).reply(202, t2v.response);
    const clock = createFakeClock();
    const client = createClient(testAdapter({ clock }), { clock });
    const error = await client.submit(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown' });
    const [entry, ...rest] = client.ledger.entries();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      state: 'uncertain',
      provider: 'pixazo',
      route: 'grok-imagine-video-text-to-video',
    });
    expect(second.isDone()).toBe(false);
  });

  it('a 400 refusal through createClient is accepted "no" and recorded refused', async () => {
    nock(ORIGIN).post(path).reply(400, { error: 'Bad Request', message: 'duration must be an integer' });
    const clock = createFakeClock();
    const client = createClient(testAdapter({ clock }), { clock });
    const error = await client.submit(request).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', accepted: 'no' });
    expect(client.ledger.entries()).toEqual([expect.objectContaining({ state: 'refused' })]);
  });
});
