import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.ts';
import { encodeJobId, parseJobId } from './job-id.ts';
import { isTerminal } from './job.ts';

describe('job ids', () => {
  it('encodes and parses provider-prefixed ids, keeping colons in the provider id', () => {
    expect(encodeJobId('xai', 'd97415a1-5796')).toBe('xai:d97415a1-5796');
    expect(parseJobId('pixazo:req:123')).toEqual({ provider: 'pixazo', providerJobId: 'req:123' });
    expect(parseJobId(encodeJobId('vydra', 'job_1'))).toEqual({ provider: 'vydra', providerJobId: 'job_1' });
  });

  it.each([
    ['', /non-empty string/],
    [42, /non-empty string/],
    [undefined, /non-empty string/],
    ['no-colon', /not of the form/],
    ['xai:', /not of the form/],
    ['openai:abc', /unknown provider "openai"; known providers: xai, pixazo, vydra/],
  ])('%o is a ValidationError on field id', (id, message) => {
    expect(() => parseJobId(id)).toThrow(ValidationError);
    expect(() => parseJobId(id)).toThrow(message);
    try {
      parseJobId(id);
    } catch (error) {
      expect((error as ValidationError).field).toBe('id');
    }
  });

  it('isTerminal is false only for pending', () => {
    expect(isTerminal({ status: 'pending' })).toBe(false);
    for (const status of ['done', 'failed', 'expired'] as const) expect(isTerminal({ status })).toBe(true);
  });
});
