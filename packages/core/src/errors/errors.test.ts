import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../pricing/quote.ts';
import type { Job } from '../job/job.ts';
import * as errors from './index.ts';
import { isErrorNamed } from './is-error-named.ts';

const job: Job = {
  id: 'xai:abc',
  provider: 'xai',
  type: 'text-to-video',
  status: 'failed',
  outputs: [],
  warnings: [],
  error: { code: 'failed', message: 'boom', retryable: false },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const simpleClasses = [
  errors.AbortedError,
  errors.AuthenticationError,
  errors.BotChallengeError,
  errors.ConnectionError,
  errors.ContentPolicyError,
  errors.NotFoundError,
  errors.PermissionError,
  errors.ProviderError,
  errors.RequestTimeoutError,
  errors.SubmissionUncertainError,
  errors.UnsupportedError,
] as const;

describe('error classes', () => {
  it.each(simpleClasses)('%o carries its name, the common fields and is a GrokImagineError', (ErrorClass) => {
    const error = new ErrorClass('went wrong', {
      provider: 'pixazo',
      status: 500,
      code: 'E1',
      requestId: 'req-1',
      retryable: true,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(errors.GrokImagineError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.message).toBe('went wrong');
    expect({ ...error.toJSON() }).toMatchObject({
      name: ErrorClass.name,
      message: 'went wrong',
      provider: 'pixazo',
      status: 500,
      code: 'E1',
      requestId: 'req-1',
      retryable: true,
    });
    expect(errors.GrokImagineError.isInstance(error)).toBe(true);
    expect(isErrorNamed(error, ErrorClass.name)).toBe(true);
    expect(isErrorNamed(error, 'SomethingElse')).toBe(false);
  });

  it('defaults retryable to false and leaves unknown fields undefined', () => {
    const error = new errors.NotFoundError('gone');
    expect(error.retryable).toBe(false);
    expect(error.provider).toBeUndefined();
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'NotFoundError',
      message: 'gone',
      retryable: false,
    });
  });

  it('ValidationError names field, value and what is allowed', () => {
    const error = new errors.ValidationError('bad duration', {
      field: 'duration',
      value: 99,
      allowed: '1–15',
      provider: 'xai',
    });
    expect(error).toMatchObject({ field: 'duration', value: 99, allowed: '1–15', code: 'invalid_request' });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      field: 'duration',
      value: 99,
      allowed: '1–15',
    });
  });

  it('RateLimitError is retryable and keeps retryAfterMs', () => {
    const error = new errors.RateLimitError('slow down', { retryAfterMs: 1500 });
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(1500);
  });

  it('InsufficientCreditsError keeps the credit figures', () => {
    const error = new errors.InsufficientCreditsError('no credits', {
      creditsRequired: 30,
      creditsRemaining: 2,
    });
    expect(error).toMatchObject({ creditsRequired: 30, creditsRemaining: 2 });
  });

  it('ResponseValidationError keeps raw text (cut at 2,000 chars) and issues', () => {
    const error = new errors.ResponseValidationError('bad body', {
      rawText: 'x'.repeat(5000),
      issues: ['a: b'],
    });
    expect(error.rawText).toHaveLength(2000);
    expect(error.issues).toEqual(['a: b']);
    expect(new errors.ResponseValidationError('bad', { rawText: '' }).issues).toEqual([]);
  });

  it.each([errors.JobFailedError, errors.JobExpiredError, errors.WaitTimeoutError])(
    '%o carries the job and takes its provider',
    (ErrorClass) => {
      const error = new ErrorClass('job problem', { job });
      expect(error.job).toBe(job);
      expect(error.provider).toBe('xai');
    },
  );

  it('BudgetExceededError carries the quote and the limit hit', () => {
    const quote = buildQuote('xai', 'text-to-image', []);
    const error = new errors.BudgetExceededError('over budget', { quote, limit: 'maxUsdPerCall' });
    expect(error).toMatchObject({ quote, limit: 'maxUsdPerCall', code: 'budget_exceeded' });
  });

  it('keeps the cause but leaves it out of JSON', () => {
    const cause = new Error('inner');
    const error = new errors.ConnectionError('outer', { cause });
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error)).not.toContain('inner');
  });

  it('the marker is invisible to JSON and util.inspect', () => {
    const error = new errors.ProviderError('x');
    expect(inspect(error)).not.toContain('grok-imagine.error');
  });
});

describe('GrokImagineError.isInstance across copies', () => {
  it('recognises an error from a second copy of the module, where instanceof fails', async () => {
    // The query string makes Vite load a separate module instance: a second installed copy.
    const specifier = './grok-imagine-error.ts?second-copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('./grok-imagine-error.ts');
    expect(copy.GrokImagineError).not.toBe(errors.GrokImagineError);
    const foreign = new copy.GrokImagineError('from the other copy');
    expect(foreign instanceof errors.GrokImagineError).toBe(false);
    expect(errors.GrokImagineError.isInstance(foreign)).toBe(true);
    expect(copy.GrokImagineError.isInstance(new errors.AuthenticationError('mine'))).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(errors.GrokImagineError.isInstance(new Error('plain'))).toBe(false);
    expect(errors.GrokImagineError.isInstance({ name: 'AuthenticationError' })).toBe(false);
    expect(errors.GrokImagineError.isInstance(null)).toBe(false);
    expect(errors.GrokImagineError.isInstance('error')).toBe(false);
  });
});
