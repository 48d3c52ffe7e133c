import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../pricing/quote.ts';
import type { Job } from '../job/job.ts';
import * as errors from './index.ts';

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
    expect(ErrorClass.isInstance(error)).toBe(true);
  });

  it('defaults retryable to false and leaves unknown fields undefined', () => {
    const error = new errors.NotFoundError('gone');
    expect(error.retryable).toBe(false);
    expect(error.provider).toBeUndefined();
    expect(error.accepted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'NotFoundError',
      message: 'gone',
      kind: 'not-found',
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

const marker = Symbol.for('grok-imagine.error.kinds');

/** One instance of every class, built with the options it requires, and the kind it must carry. */
const everyClass: ReadonlyArray<[typeof errors.GrokImagineError, string, () => errors.GrokImagineError]> = [
  [errors.GrokImagineError, 'sdk', () => new errors.GrokImagineError('x')],
  [errors.AbortedError, 'aborted', () => new errors.AbortedError('x')],
  [errors.AuthenticationError, 'authentication', () => new errors.AuthenticationError('x')],
  [errors.BotChallengeError, 'bot-challenge', () => new errors.BotChallengeError('x')],
  [errors.BudgetExceededError, 'budget', () => new errors.BudgetExceededError('x')],
  [errors.ConnectionError, 'connection', () => new errors.ConnectionError('x')],
  [errors.ContentPolicyError, 'content-policy', () => new errors.ContentPolicyError('x')],
  [errors.InsufficientCreditsError, 'insufficient-credits', () => new errors.InsufficientCreditsError('x')],
  [errors.JobExpiredError, 'job-expired', () => new errors.JobExpiredError('x', { job })],
  [errors.JobFailedError, 'job-failed', () => new errors.JobFailedError('x', { job })],
  [errors.NotFoundError, 'not-found', () => new errors.NotFoundError('x')],
  [errors.PermissionError, 'permission', () => new errors.PermissionError('x')],
  [errors.ProviderError, 'provider', () => new errors.ProviderError('x')],
  [errors.RateLimitError, 'rate-limit', () => new errors.RateLimitError('x')],
  [errors.RequestTimeoutError, 'timeout', () => new errors.RequestTimeoutError('x')],
  [
    errors.ResponseValidationError,
    'response-validation',
    () => new errors.ResponseValidationError('x', { rawText: '' }),
  ],
  [errors.SubmissionUncertainError, 'submission-uncertain', () => new errors.SubmissionUncertainError('x')],
  [errors.UnsupportedError, 'unsupported', () => new errors.UnsupportedError('x')],
  [errors.ValidationError, 'validation', () => new errors.ValidationError('x', { field: 'f' })],
  [errors.WaitTimeoutError, 'wait-timeout', () => new errors.WaitTimeoutError('x', { job })],
];

describe('error kinds and markers', () => {
  it('every exported error class is in the table', () => {
    const exported = Object.values(errors).filter(
      (value) => typeof value === 'function' && 'isInstance' in value,
    );
    expect(new Set(everyClass.map(([ErrorClass]) => ErrorClass))).toEqual(new Set(exported));
  });

  it.each(everyClass)('%o has its kind on the class, the instance and in JSON', (ErrorClass, kind, make) => {
    const error = make();
    expect(ErrorClass.kind).toBe(kind);
    expect(error.kind).toBe(kind);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.toJSON()).toMatchObject({ name: ErrorClass.name, kind });
  });

  it.each(everyClass)('%o.isInstance knows its own, its base, and no sibling', (ErrorClass, _kind, make) => {
    const error = make();
    expect(ErrorClass.isInstance(error)).toBe(true);
    expect(errors.GrokImagineError.isInstance(error)).toBe(true);
    for (const [Other, , makeOther] of everyClass) {
      if (Other === ErrorClass || Other === errors.GrokImagineError) continue;
      expect(Other.isInstance(error), `${Other.name}.isInstance(${ErrorClass.name})`).toBe(false);
      if (ErrorClass !== errors.GrokImagineError)
        expect(ErrorClass.isInstance(makeOther()), `${ErrorClass.name}.isInstance(${Other.name})`).toBe(
          false,
        );
    }
  });

  it('a base error is not an instance of any subclass', () => {
    const base = new errors.GrokImagineError('x');
    for (const [ErrorClass] of everyClass)
      expect(ErrorClass.isInstance(base)).toBe(ErrorClass === errors.GrokImagineError);
  });

  it("a user's subclass is an instance of its parent and of the base, and the parent is not one of it", () => {
    class SlowDownError extends errors.RateLimitError {
      static override readonly kind = 'rate-limit';
    }
    class PoliteError extends errors.ProviderError {}
    const slow = new SlowDownError('x');
    expect(errors.RateLimitError.isInstance(slow)).toBe(true);
    expect(errors.GrokImagineError.isInstance(slow)).toBe(true);
    expect(errors.ProviderError.isInstance(slow)).toBe(false);
    const polite = new PoliteError('y');
    expect(polite.kind).toBe('provider');
    expect(errors.ProviderError.isInstance(polite)).toBe(true);
    expect(PoliteError.isInstance(new errors.ProviderError('z'))).toBe(true);
  });

  it('recognises a foreign copy by the Symbol.for marker alone, and nothing without it', () => {
    const foreign = Object.assign(new Error('from elsewhere'), { name: 'RateLimitError' });
    expect(errors.RateLimitError.isInstance(foreign)).toBe(false);
    Object.defineProperty(foreign, marker, { value: ['rate-limit', 'sdk'] });
    expect(errors.RateLimitError.isInstance(foreign)).toBe(true);
    expect(errors.GrokImagineError.isInstance(foreign)).toBe(true);
    expect(errors.NotFoundError.isInstance(foreign)).toBe(false);
    expect(errors.RateLimitError.isInstance({ [marker]: 'rate-limit' })).toBe(false);
    expect(errors.RateLimitError.isInstance({ [marker]: ['rate-limit'] })).toBe(true);
  });
});

describe('accepted', () => {
  it('is unset by default, set from options, and settable later (the HTTP layer marks it)', () => {
    const error = new errors.ValidationError('bad', { field: 'prompt' });
    expect(error.accepted).toBeUndefined();
    expect('accepted' in JSON.parse(JSON.stringify(error))).toBe(false);
    error.accepted = 'no';
    expect(error.toJSON()).toMatchObject({ kind: 'validation', accepted: 'no' });
    expect(new errors.ConnectionError('x', { accepted: 'no' }).accepted).toBe('no');
  });

  it('is always "unknown" on SubmissionUncertainError, whatever the options say', () => {
    const error = new errors.SubmissionUncertainError('lost', {
      accepted: 'no',
      submissionId: 'sub-1',
      request: { type: 'text-to-video', prompt: 'p' },
      candidates: ['xai:a'],
    });
    expect(error.accepted).toBe('unknown');
    expect(error.code).toBe('submission_uncertain');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      kind: 'submission-uncertain',
      accepted: 'unknown',
      submissionId: 'sub-1',
      request: { type: 'text-to-video', prompt: 'p' },
      candidates: ['xai:a'],
    });
    expect(new errors.SubmissionUncertainError('lost').candidates).toEqual([]);
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
