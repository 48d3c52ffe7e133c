import {
  AuthenticationError,
  BudgetExceededError,
  MemoryLedgerStore,
  ProviderError,
  SubmissionUncertainError,
  ValidationError,
} from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { createImagine } from './create-imagine.ts';
import { socketError } from '@grok-imagine/core/testing';

const XAI = 'https://api.xai.test';
const PIXAZO = 'https://gateway.pixazo.test';
const VIDEO = { type: 'text-to-video', prompt: 'a fox in snow', duration: 6, resolution: '720p' } as const;
const IMAGE = { type: 'text-to-image', prompt: 'a red kite' } as const;

const unmatched: string[] = [];
const onNoMatch = (req: { method?: string; path?: string; host?: string }) =>
  unmatched.push(`${req.method} ${req.host ?? ''}${req.path}`);

beforeAll(() => {
  nock.disableNetConnect();
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  nock.cleanAll();
  unmatched.length = 0;
});
afterAll(() => {
  nock.emitter.removeListener('no match', onNoMatch);
  nock.enableNetConnect();
});

function config(extra: GrokImagineConfig = {}): GrokImagineConfig {
  return {
    env: {},
    clock: createFakeClock(),
    providers: {
      xai: { apiKey: 'test-xai-key', baseURL: `${XAI}/v1`, limits: false },
      pixazo: { apiKey: 'test-pixazo-key', baseURL: PIXAZO, limits: false },
      vydra: { apiKey: 'test-vydra-key', baseURL: 'https://vydra.test/api/v1', limits: false },
    },
    ...extra,
  };
}

function xaiImage(ticks: number) {
  return nock(XAI)
    .post('/v1/images/generations')
    .reply(200, {
      data: [{ url: 'https://imgen.x.ai/a.jpeg', respect_moderation: true }],
      usage: { cost_in_usd_ticks: ticks },
    });
}

describe('budget', () => {
  it('refuses a call over maxUsdPerCall before sending anything, carrying the quote and the limit', async () => {
    const imagine = createImagine(config({ budget: { maxUsdPerCall: '0.40' } }));
    const refusal = await imagine.submit(VIDEO).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BudgetExceededError);
    expect(refusal).toMatchObject({ limit: 'maxUsdPerCall', code: 'budget_exceeded', quote: { usd: 0.42 } });
    expect((refusal as Error).message).toBe(
      'This text-to-video on xai is quoted at $0.42, over budget.maxUsdPerCall $0.40; nothing was sent.',
    );
    expect(unmatched).toEqual([]);
  });

  it('counts reported spend toward maxUsdTotal', async () => {
    const imagine = createImagine(config({ budget: { maxUsdTotal: 0.05 } }));
    xaiImage(150_000_000);
    xaiImage(250_000_000);
    await imagine.submit(IMAGE);
    await imagine.submit(IMAGE);
    expect(imagine.spend()).toEqual({ usdTicks: 400_000_000, usd: 0.04, jobs: 2, unpricedJobs: 0 });
    const refusal = await imagine.submit(IMAGE).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: 'BudgetExceededError', limit: 'maxUsdTotal' });
    expect((refusal as Error).message).toContain(
      'with $0.04 already spent that is over budget.maxUsdTotal $0.05',
    );
    expect(unmatched).toEqual([]);
  });

  it('refuses a quote without a USD price unless allowUnknown is set', async () => {
    const refused = createImagine(config({ provider: 'vydra', budget: { maxUsdTotal: 5 } }));
    await expect(refused.submit(IMAGE)).rejects.toMatchObject({
      name: 'BudgetExceededError',
      code: 'budget_price_unknown',
      message: expect.stringContaining(
        'Cannot prove this text-to-image on vydra fits the budget: its quote has no USD price (8 credits)',
      ),
    });
    const noKey = createImagine({
      ...config({ provider: 'vydra', budget: { maxUsdTotal: 5, allowUnknown: true } }),
      providers: {},
    });
    // Past the budget, the next check is the key: proof the budget let it through.
    await expect(noKey.submit(IMAGE)).rejects.toMatchObject({
      name: 'AuthenticationError',
      code: 'missing_api_key',
    });
    expect(unmatched).toEqual([]);
  });
});

describe('keys', () => {
  it('needs no key to create or quote, and names the env var when a call needs one', async () => {
    const imagine = createImagine({ env: {}, provider: 'pixazo' });
    expect(imagine.quote(VIDEO)).toMatchObject({ provider: 'pixazo', usd: 0.42 });
    const error = await imagine.submit(VIDEO).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('set the PIXAZO_API_KEY environment variable');
    expect(unmatched).toEqual([]);
  });

  it('rejects (never throws synchronously) when cancel or account needs a missing key or gets a bad id', async () => {
    const imagine = createImagine({ env: {}, provider: 'vydra' });
    const calls = [
      () => imagine.cancel('vydra:job_1'),
      () => imagine.cancel('not-an-id'),
      () => imagine.account('vydra'),
    ];
    for (const call of calls) {
      let promise: Promise<unknown> | undefined;
      expect(() => {
        promise = call();
      }).not.toThrow();
      await expect(promise).rejects.toMatchObject({
        name: expect.stringMatching(/^(Authentication|Validation)Error$/),
      });
    }
    expect(unmatched).toEqual([]);
  });
});

describe('fallback', () => {
  it('moves on after a refusal (401) and records why; the journal holds both submissions', async () => {
    const store = new MemoryLedgerStore();
    const imagine = createImagine(config({ provider: 'xai', fallback: ['pixazo'], store }));
    const xai = nock(XAI)
      .post('/v1/videos/generations')
      .reply(401, { code: 'unauthorized', error: 'bad key' });
    const pixazo = nock(PIXAZO)
      .post('/grok-imagine-video-text-to-video/v1/grok-imagine-video-text-to-video-request')
      .reply(202, {
        request_id: 'req-1',
        status: 'QUEUED',
        polling_url: `${PIXAZO}/v2/requests/status/req-1`,
      });
    const job = await imagine.submit(VIDEO);
    expect(xai.isDone() && pixazo.isDone()).toBe(true);
    expect(job.provider).toBe('pixazo');
    expect(job.id).toBe('pixazo:req-1');
    expect(job.routing).toEqual({
      order: ['xai', 'pixazo'],
      attempts: [
        {
          provider: 'xai',
          error: {
            name: 'AuthenticationError',
            message: expect.stringContaining('bad key'),
            code: 'unauthorized',
            status: 401,
          },
        },
      ],
    });
    const [refused, accepted] = await imagine.jobs();
    expect(refused).toMatchObject({
      provider: 'xai',
      state: 'refused',
      error: { name: 'AuthenticationError' },
    });
    expect(accepted).toMatchObject({
      provider: 'pixazo',
      state: 'accepted',
      jobId: 'pixazo:req-1',
      callId: refused!.callId,
      request: { ...VIDEO, aspectRatio: '16:9', resolution: '720p' },
    });
  });

  it('does not move on after a 5xx on a create: the first provider may have taken the job', async () => {
    const imagine = createImagine(config({ provider: 'xai', fallback: ['pixazo'] }));
    nock(XAI).post('/v1/videos/generations').reply(504, { code: 'timeout', error: 'gateway timeout' });
    const pixazo = nock(PIXAZO).post(/.*/).reply(202, { request_id: 'never', status: 'QUEUED' });
    const error = await imagine.submit(VIDEO).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SubmissionUncertainError);
    expect(error).toMatchObject({ accepted: 'unknown', provider: 'xai', status: 504 });
    expect(pixazo.isDone()).toBe(false);
    const [entry] = await imagine.jobs();
    expect(entry).toMatchObject({
      provider: 'xai',
      state: 'uncertain',
      submissionId: (error as SubmissionUncertainError).submissionId,
    });
    nock.cleanAll();
  });

  it('skips a provider without a key before sending anything to it', async () => {
    const base = config({ fallback: ['xai', 'pixazo'] });
    const imagine = createImagine({
      ...base,
      providers: { ...base.providers, xai: { baseURL: `${XAI}/v1` } },
    });
    nock(PIXAZO)
      .post(/grok-imagine-video-text-to-video-request$/)
      .reply(202, { request_id: 'req-2', status: 'QUEUED' });
    const job = await imagine.submit(VIDEO);
    expect(job.routing?.attempts).toEqual([
      {
        provider: 'xai',
        error: expect.objectContaining({ name: 'AuthenticationError', code: 'missing_api_key' }),
      },
    ]);
  });

  it('skips a provider whose capability check refuses the request', async () => {
    const imagine = createImagine(config({ provider: 'vydra', fallback: ['xai'] }));
    nock(XAI).post('/v1/videos/extensions').reply(200, { request_id: 'vid-1' });
    const job = await imagine.submit({
      type: 'video-extend',
      prompt: 'keep going',
      video: 'https://cdn.example/in.mp4',
      duration: 6,
    });
    expect(job.id).toBe('xai:vid-1');
    expect(job.routing?.attempts[0]).toMatchObject({
      provider: 'vydra',
      error: { name: 'UnsupportedError' },
    });
  });

  it('never moves on when the submission may have been accepted', async () => {
    const imagine = createImagine(config({ provider: 'xai', fallback: ['pixazo'] }));
    nock(XAI).post('/v1/videos/generations').replyWithError(socketError('ECONNRESET', 'socket hang up'));
    const pixazo = nock(PIXAZO).post(/.*/).reply(202, { request_id: 'never', status: 'QUEUED' });
    await expect(imagine.submit(VIDEO)).rejects.toBeInstanceOf(SubmissionUncertainError);
    expect(pixazo.isDone()).toBe(false);
  });

  it('throws the last refusal when every provider refuses, and a schema error at once', async () => {
    const imagine = createImagine(config({ provider: 'xai', fallback: ['pixazo'] }));
    nock(XAI).post('/v1/videos/generations').reply(403, { code: 'forbidden', error: 'no access' });
    nock(PIXAZO).post(/.*/).reply(402, { error: 'Insufficient Balance', message: 'top up' });
    await expect(imagine.submit(VIDEO)).rejects.toMatchObject({
      name: 'InsufficientCreditsError',
      provider: 'pixazo',
      status: 402,
      accepted: 'no',
    });
    await expect(imagine.submit({ ...VIDEO, duration: 'long' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(ProviderError).toBeDefined();
  });
});

describe('routing by job id', () => {
  it('sends get() to the provider in the id, whatever the configuration says', async () => {
    const imagine = createImagine(config({ provider: 'xai' }));
    const id = 'grok-imagine-video-text-to-video_019d-9';
    nock(PIXAZO)
      .get(`/v2/requests/status/${id}`)
      .reply(200, { request_id: id, status: 'PROCESSING', model_id: 'grok-imagine-video-text-to-video' });
    const job = await imagine.get(`pixazo:${id}`);
    expect(job).toMatchObject({
      id: `pixazo:${id}`,
      provider: 'pixazo',
      status: 'pending',
      phase: 'processing',
    });
    await expect(imagine.get('midjourney:1')).rejects.toThrow('known providers: xai, pixazo, vydra');
  });
});

describe('main entry limits', () => {
  it('points journal.file users at the Node entry', () => {
    expect(() => createImagine({ env: {}, journal: { file: 'jobs.jsonl' } })).toThrow(
      "journal.file needs the Node entry: import { createImagine } from '@grok-imagine/sdk/node', or pass store.",
    );
  });
});

describe('journal failures', () => {
  it('sends nothing when the intent cannot be journaled, and says so', async () => {
    const failing = { load: async () => [], append: async () => Promise.reject(new Error('disk full')) };
    const imagine = createImagine(config({ provider: 'xai', fallback: ['pixazo'], store: failing }));
    const error = await imagine.submit(VIDEO).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ accepted: 'no', message: expect.stringContaining('disk full') });
    expect(unmatched).toEqual([]);
  });
});
