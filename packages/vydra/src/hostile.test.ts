import { createClient, MAX_RAW_DEPTH, SubmissionUncertainError } from '@grok-imagine/core';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API, setup, T2V, vydra } from './__fixtures__/harness.ts';
import videoPending from './__fixtures__/submit-video-202.json' with { type: 'json' };
import { socketError } from '@grok-imagine/core/testing';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const JSON_TYPE = { 'content-type': 'application/json' };
const DONE =
  '{"id":"job_12345","status":"completed","output":{"videoUrl":"https://cdn.example/v.mp4"},"creditsCharged":';

/** A JSON text nested `depth` objects deep: parses fine, makes JSON.stringify of the result throw. */
function deep(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('hostile creditsCharged: reported raw, never a throw in the mapping', () => {
  it.each([
    ['-1e6', -1e6],
    ['1e999', Number.POSITIVE_INFINITY],
    ['1e308', 1e308],
  ])('%s → cost.credits %s (usdTicks too, only when finite)', async (text, credits) => {
    const { adapter, ctx } = setup({ usdPerCredit: '0.01' });
    vydra().get(`${API}/jobs/job_12345`).reply(200, `${DONE}${text}}`, JSON_TYPE);
    const result = await adapter.status('job_12345', ctx);
    expect(result.status === 'done' && result.cost?.credits).toBe(credits);
    const ticks = result.status === 'done' ? result.cost?.usdTicks : undefined;
    expect(ticks === undefined || Number.isFinite(credits)).toBe(true);
  });

  it.each(['"150"', '{"n":150}', 'null', 'true'])('%s (not a number) → no reported cost', async (text) => {
    const { adapter, ctx } = setup();
    vydra().get(`${API}/jobs/job_12345`).reply(200, `${DONE}${text}}`, JSON_TYPE);
    const result = await adapter.status('job_12345', ctx);
    expect(result).toMatchObject({ status: 'done' });
    expect(result.status === 'done' && result.cost).toBeUndefined();
  });

  it('through core: −1e6 credits is rejected; the job keeps the catalog cost and says why', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    vydra()
      .post(`${API}/models/grok-imagine`)
      .reply(202, videoPending)
      .get(`${API}/jobs/job_12345`)
      .reply(200, `${DONE}-1e6}`, JSON_TYPE);
    const job = await client.generate({ type: 'text-to-video', prompt: T2V.prompt });
    expect(job.cost).toEqual({ credits: 150, basis: 'catalog' });
    expect(job.warnings.map((w) => w.type)).toContain('cost_report_rejected');
  });
});

describe('hostile nesting: nothing in the mapping stringifies a raw body', () => {
  it('a status answer nested 100,000 levels deep maps; its raw copy is bounded and serialisable', async () => {
    const { adapter, ctx } = setup();
    vydra()
      .get(`${API}/jobs/job_12345`)
      .reply(200, `{"id":"job_12345","status":"running","extra":${deep(100_000)}}`, JSON_TYPE);
    const result = await adapter.status('job_12345', ctx);
    expect(result).toMatchObject({ status: 'pending', phase: 'processing' });
    const text = JSON.stringify(result.raw);
    expect(text).toContain('[nested too deep]');
    expect(text.length).toBeLessThan(40 * MAX_RAW_DEPTH);
  });

  it('an error body with deep details: a typed error, no RangeError, the message cut short', async () => {
    const { start } = setup({ retry: { retries: 0 } });
    const body = `{"error":"${'x'.repeat(5000)}","code":"INVALID_INPUT","details":${deep(100_000)}}`;
    vydra().post(`${API}/models/grok-imagine`).reply(400, body, JSON_TYPE);
    const error = (await start(T2V).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('ValidationError');
    expect(error.message.length).toBeLessThan(700);
    expect(() => JSON.stringify(error)).not.toThrow();
  });

  it('a create answer naming no job id: uncertain, and the body is not in the message', async () => {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    const body = `{"status":"pending","secretish":"${'s'.repeat(3000)}","extra":${deep(50_000)}}`;
    vydra().post(`${API}/models/grok-imagine`).reply(202, body, JSON_TYPE);
    vydra().get(`${API}/jobs`).query(true).reply(200, { data: [] });
    const error = (await client
      .submit({ type: 'text-to-video', prompt: T2V.prompt })
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error.message).toContain('names no job id');
    expect(error.message).not.toContain('sss');
    expect(() => JSON.stringify(error)).not.toThrow();
  });
});

describe('acceptance of a create whose 2xx answer cannot be used', () => {
  async function submitAnswered(reply: (scope: nock.Interceptor) => nock.Scope) {
    const { adapter, clock } = setup();
    const client = createClient(adapter, { clock });
    reply(vydra().post(`${API}/models/grok-imagine`));
    vydra().get(`${API}/jobs`).query(true).reply(200, { data: [] });
    return client.submit({ type: 'text-to-video', prompt: T2V.prompt }).catch((e: unknown) => e);
  }

  it('a truncated 2xx body → SubmissionUncertainError, accepted unknown, nothing re-sent', async () => {
    const error = await submitAnswered((post) =>
      post.reply(202, '{"jobId":"job_1","status":"pend', JSON_TYPE),
    );
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown', provider: 'vydra' });
  });

  it('a schema-invalid 2xx body (not an object) → SubmissionUncertainError, accepted unknown', async () => {
    const error = await submitAnswered((post) => post.reply(200, '[1,2,3]', JSON_TYPE));
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown' });
  });

  it('a 2xx body cut mid-stream (reset) → SubmissionUncertainError, accepted unknown', async () => {
    const error = await submitAnswered((post) =>
      post.replyWithError(socketError('ECONNRESET', 'socket hang up')),
    );
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown' });
  });
});
