import { describe, expect, it } from 'vitest';
import { assertJobDone } from '../client/assert-job-done.ts';
import { ContentPolicyError } from '../errors/content-policy-error.ts';
import { usdToTicks } from '../pricing/money.ts';
import type { PriceEntry } from '../pricing/price-catalog.ts';
import { buildQuote, quoteLine } from '../pricing/quote.ts';
import type { StatusResult } from '../provider/adapter-result.ts';
import { buildJob, type JobFacts, MAX_JOB_ERROR_MESSAGE } from './build-job.ts';
import type { JobOutput } from './job.ts';

const second: PriceEntry = {
  description: 'Video second',
  unit: 'second',
  usdTicks: usdToTicks('0.05'),
  credits: 10,
  source: 'test',
  asOf: '2026-01-01',
  confidence: 'documented',
};
// 6 s at $0.05: $0.30 = 3e9 ticks, 60 credits.
const quote = buildQuote('vydra', 'text-to-video', [quoteLine('second', second, 6)]);
const NOW = Date.parse('2026-01-01T00:01:00Z');
const VIDEO: JobOutput = { url: 'https://cdn.test/v.mp4', mimeType: 'video/mp4' };

const facts: JobFacts = {
  provider: 'vydra',
  providerJobId: 'job_1',
  type: 'text-to-video',
  createdAt: '2026-01-01T00:00:00.000Z',
  warnings: [{ type: 'unsupported', field: 'resolution', provider: 'vydra', message: 'ignored' }],
  quote,
  submissionId: 'sub-1',
};

const catalog = { basis: 'catalog', usdTicks: 3_000_000_000, usd: 0.3, credits: 60 };

function done(result: Partial<Extract<StatusResult, { status: 'done' }>> = {}): StatusResult {
  return { status: 'done', outputs: [VIDEO], ...result };
}

describe('buildJob', () => {
  it('builds the neutral job: prefixed id, type, times, submit warnings merged once, raw kept', () => {
    const job = buildJob(
      facts,
      {
        ...done(),
        warnings: [facts.warnings![0]!, { type: 'other', provider: 'vydra' }],
        raw: { id: 'job_1' },
      },
      NOW,
    );
    expect(job).toEqual({
      id: 'vydra:job_1',
      provider: 'vydra',
      type: 'text-to-video',
      status: 'done',
      outputs: [VIDEO],
      warnings: [facts.warnings![0], { type: 'other', provider: 'vydra' }],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:01:00.000Z',
      submissionId: 'sub-1',
      cost: catalog,
      raw: { id: 'job_1' },
    });
  });

  it('a pending job carries phase, progress and the catalog cost it will have', () => {
    const job = buildJob(facts, { status: 'pending', phase: 'processing', progress: 40 }, NOW);
    expect(job).toMatchObject({
      status: 'pending',
      phase: 'processing',
      progress: 40,
      outputs: [],
      cost: catalog,
    });
    expect(job.error).toBeUndefined();
  });

  it('done without any usable output is failed no_output', () => {
    for (const outputs of [[], [{ mimeType: 'video/mp4' }]]) {
      const job = buildJob(facts, done({ outputs }), NOW);
      expect(job.status).toBe('failed');
      expect(job.outputs).toEqual([]);
      expect(job.error).toEqual({
        code: 'no_output',
        message: 'The provider reported the job done but returned no output.',
        retryable: false,
      });
    }
  });

  it('every output withheld is failed content_policy, and generate rejects with ContentPolicyError', () => {
    const job = buildJob(
      facts,
      done({
        outputs: [
          { ...VIDEO, blocked: true },
          { ...VIDEO, blocked: true },
        ],
      }),
      NOW,
    );
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({
      code: 'content_policy',
      kind: 'content_policy',
      message: "Every output (2) was withheld by the provider's moderation.",
      retryable: false,
    });
    expect(() => assertJobDone(job)).toThrow(ContentPolicyError);
    expect(() => assertJobDone(job)).toThrow(
      "Job vydra:job_1 was refused by content moderation: Every output (2) was withheld by the provider's moderation.",
    );
  });

  it('some outputs withheld: done with the rest and a moderated warning', () => {
    const job = buildJob(
      facts,
      done({ outputs: [{ ...VIDEO, blocked: true }, VIDEO, { ...VIDEO, url: 'https://cdn.test/b.mp4' }] }),
      NOW,
    );
    expect(job.status).toBe('done');
    expect(job.outputs).toEqual([VIDEO, { ...VIDEO, url: 'https://cdn.test/b.mp4' }]);
    expect(job.warnings).toContainEqual({
      type: 'moderated',
      provider: 'vydra',
      message: '1 of 3 outputs were withheld by moderation.',
    });
  });

  it('a megabyte-long failure text is clipped to MAX_JOB_ERROR_MESSAGE characters', () => {
    const failed: StatusResult = {
      status: 'failed',
      error: { code: 'failed', message: 'x'.repeat(1_000_000), retryable: false },
    };
    const message = buildJob(facts, failed, NOW).error?.message ?? '';
    expect(message).toHaveLength(MAX_JOB_ERROR_MESSAGE);
    expect(message.endsWith('x…')).toBe(true);
  });

  it('an expired job gets a default reason; its catalog cost is marked charged unknown', () => {
    const job = buildJob(facts, { status: 'expired' }, NOW);
    expect(job.error).toEqual({
      code: 'expired',
      message: 'The job expired at the provider.',
      retryable: true,
    });
    expect(job.cost).toEqual({ ...catalog, charged: 'unknown' });
  });
});

describe('buildJob: cost', () => {
  it('a reported cost within bounds is trusted (ticks rounded)', () => {
    const job = buildJob(facts, done({ cost: { usdTicks: 2_500_000_000.4, credits: 50 } }), NOW);
    expect(job.cost).toEqual({ basis: 'reported', usdTicks: 2_500_000_000, usd: 0.25, credits: 50 });
    expect(job.warnings.some((w) => w.type === 'cost_report_rejected')).toBe(false);
  });

  it.each([
    ['negative', { usdTicks: -10_000_000_000 }, 'usdTicks -10000000000 is negative'],
    ['Infinity', { usdTicks: Number.POSITIVE_INFINITY }, 'usdTicks Infinity is not a finite number'],
    ['NaN', { credits: Number.NaN }, 'credits NaN is not a finite number'],
    [
      'over 10× the quote',
      { usdTicks: 30_000_000_001 },
      'usdTicks 30000000001 is over 10× the quote (3000000000)',
    ],
    ['credits over 10× the quote', { credits: 601 }, 'credits 601 is over 10× the quote (60)'],
  ])(
    'a reported cost that is %s is rejected: catalog cost, warning naming the value',
    (_what, cost, reason) => {
      const job = buildJob(facts, done({ cost }), NOW);
      expect(job.cost).toEqual(catalog);
      expect(job.warnings).toContainEqual({
        type: 'cost_report_rejected',
        provider: 'vydra',
        message: `Reported cost not counted (${reason}); the catalog cost is used instead.`,
      });
    },
  );

  it('a reported cost over the per-call cap is rejected even when the quote would allow it', () => {
    const pricey = buildQuote('vydra', 'text-to-video', [
      quoteLine('second', { ...second, usdTicks: usdToTicks('100') }, 6),
    ]);
    const job = buildJob({ ...facts, quote: pricey }, done({ cost: { usdTicks: usdToTicks('1500') } }), NOW);
    expect(job.cost).toMatchObject({ basis: 'catalog', usdTicks: usdToTicks('600') });
    expect(job.warnings.find((w) => w.type === 'cost_report_rejected')?.message).toBe(
      'Reported cost not counted (usdTicks 15000000000000 is over the per-call cap of 10000000000000); the catalog cost is used instead.',
    );
  });

  it('a failed job the provider did not charge has no cost, even with a reported figure', () => {
    const failed: StatusResult = {
      status: 'failed',
      error: { code: 'system_error', message: 'x', retryable: true, charged: false },
      cost: { usdTicks: 100 },
    };
    expect(buildJob(facts, failed, NOW).cost).toBeUndefined();
  });

  it('a failed job whose charge is unknown keeps the catalog cost marked charged unknown', () => {
    const failed: StatusResult = {
      status: 'failed',
      error: { code: 'failed', message: 'x', retryable: false },
    };
    expect(buildJob(facts, failed, NOW).cost).toEqual({ ...catalog, charged: 'unknown' });
  });

  it('without a quote and without a report there is no cost', () => {
    expect(buildJob({ ...facts, quote: undefined }, done(), NOW).cost).toBeUndefined();
  });
});
