import {
  APICallError,
  InvalidArgumentError,
  LoadAPIKeyError,
  UnsupportedFunctionalityError,
} from '@ai-sdk/provider';
import {
  AuthenticationError,
  BudgetExceededError,
  JobFailedError,
  ProviderError,
  RateLimitError,
  SubmissionUncertainError,
  UnsupportedError,
  ValidationError,
} from '@grok-imagine/sdk';
import { describe, expect, it } from 'vitest';
import { toAiSdkError } from './map-error.ts';

const REQUEST = { type: 'text-to-image' as const, prompt: 'A fox', images: undefined };

describe('toAiSdkError', () => {
  it('maps a validation error found before sending to InvalidArgumentError naming the field, ours as cause', () => {
    const ours = new ValidationError('duration 30 is outside 1–15 s on xai.', {
      field: 'duration',
      value: 30,
    });
    const mapped = toAiSdkError(ours, 'create') as InvalidArgumentError;
    expect(InvalidArgumentError.isInstance(mapped)).toBe(true);
    expect(mapped.argument).toBe('duration');
    expect(mapped.message).toBe('duration 30 is outside 1–15 s on xai.');
    expect(mapped.cause).toBe(ours);
  });

  it('maps an unsupported request to UnsupportedFunctionalityError and a missing key to LoadAPIKeyError', () => {
    const unsupported = new UnsupportedError('vydra does not support reference-to-video requests.', {
      provider: 'vydra',
      code: 'unsupported_request_type',
    });
    const mapped = toAiSdkError(unsupported, 'create') as UnsupportedFunctionalityError;
    expect(UnsupportedFunctionalityError.isInstance(mapped)).toBe(true);
    expect(mapped.functionality).toBe('unsupported_request_type');
    expect(mapped.cause).toBe(unsupported);
    const missing = new AuthenticationError('No API key for xai: set XAI_API_KEY.', {
      provider: 'xai',
      code: 'missing_api_key',
    });
    const keyError = toAiSdkError(missing, 'create') as LoadAPIKeyError;
    expect(LoadAPIKeyError.isInstance(keyError)).toBe(true);
    expect(keyError.cause).toBe(missing);
  });

  it('maps provider answers to APICallError; a refused create is retryable, an uncertain one never', () => {
    // Core marks every create error with its acceptance; a 429 provably created nothing.
    const limited = new RateLimitError('xai 429: slow down', {
      provider: 'xai',
      status: 429,
      accepted: 'no',
    });
    const mapped = toAiSdkError(limited, 'create', REQUEST) as APICallError;
    expect(APICallError.isInstance(mapped)).toBe(true);
    expect(mapped).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      url: 'grok-imagine:xai',
      requestBodyValues: { type: 'text-to-image', prompt: 'A fox' },
      message: 'xai 429: slow down',
    });
    expect(mapped.cause).toBe(limited);
    const uncertain = new SubmissionUncertainError('The answer was lost.', {
      provider: 'pixazo',
      retryable: true,
    });
    expect(toAiSdkError(uncertain, 'create')).toMatchObject({ isRetryable: false, statusCode: undefined });
    const serverError = new ProviderError('xai 500: oops', { provider: 'xai', status: 500, retryable: true });
    expect(toAiSdkError(serverError, 'create')).toMatchObject({ statusCode: 500, isRetryable: false });
    const badRequest = new ValidationError('xai 400 invalid_prompt: bad', {
      provider: 'xai',
      status: 400,
      field: 'request',
    });
    expect(toAiSdkError(badRequest, 'create')).toMatchObject({
      name: 'AI_APICallError',
      statusCode: 400,
      isRetryable: false,
    });
  });

  it('lets a transient read be repeated, but nothing once the job exists', () => {
    const outage = new ProviderError('pixazo 503: down', {
      provider: 'pixazo',
      status: 503,
      retryable: true,
    });
    expect(toAiSdkError(outage, 'read')).toMatchObject({ isRetryable: true });
    expect(toAiSdkError(outage, 'accepted')).toMatchObject({ isRetryable: false });
  });

  it('throws failed jobs, budget refusals and foreign errors as they are', () => {
    const failed = new JobFailedError('Job xai:1 failed: moderated.');
    const budget = new BudgetExceededError('over budget');
    const foreign = new TypeError('boom');
    expect(toAiSdkError(failed, 'accepted')).toBe(failed);
    expect(toAiSdkError(budget, 'create')).toBe(budget);
    expect(toAiSdkError(foreign, 'create')).toBe(foreign);
  });
});
