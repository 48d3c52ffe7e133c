import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  GrokImagineImageOptionsSchema,
  GrokImagineVideoOptionsSchema,
  readProviderOptions,
} from './provider-options.ts';

function refusal(
  schema: typeof GrokImagineImageOptionsSchema | typeof GrokImagineVideoOptionsSchema,
  raw: unknown,
) {
  try {
    readProviderOptions(schema, { 'grok-imagine': raw } as Record<string, unknown>);
  } catch (error) {
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    const { argument, message } = error as InvalidArgumentError;
    return { argument, message };
  }
  throw new Error('expected a refusal');
}

describe('readProviderOptions', () => {
  it('reads the options, and none at all as {}', () => {
    expect(readProviderOptions(GrokImagineImageOptionsSchema, {})).toEqual({});
    expect(
      readProviderOptions(GrokImagineImageOptionsSchema, {
        'grok-imagine': {
          quality: 'quality',
          strict: true,
          webhook: { url: 'https://h.test/x', mode: 'sync' },
        },
        xai: { ignored: 'by us' },
      }),
    ).toEqual({ quality: 'quality', strict: true, webhook: { url: 'https://h.test/x', mode: 'sync' } });
  });

  it('refuses an unknown key by its path, so a typo never passes silently', () => {
    expect(refusal(GrokImagineImageOptionsSchema, { qualty: 'quality' })).toEqual({
      argument: 'providerOptions.grok-imagine.qualty',
      message: 'providerOptions.grok-imagine.qualty is not a grok-imagine option.',
    });
    expect(refusal(GrokImagineVideoOptionsSchema, { quality: 'quality' }).argument).toBe(
      'providerOptions.grok-imagine.quality',
    );
  });

  it('names the option and the problem for a value of the wrong shape', () => {
    expect(refusal(GrokImagineImageOptionsSchema, { strict: 'yes' })).toEqual({
      argument: 'providerOptions.grok-imagine.strict',
      message: 'providerOptions.grok-imagine.strict must be true or false.',
    });
    expect(refusal(GrokImagineVideoOptionsSchema, { webhook: { url: 'not a url' } }).message).toBe(
      'providerOptions.grok-imagine.webhook.url must be a URL.',
    );
    expect(refusal(GrokImagineImageOptionsSchema, { maxImageBytes: 0 }).message).toBe(
      'providerOptions.grok-imagine.maxImageBytes must be at least 1.',
    );
    expect(refusal(GrokImagineImageOptionsSchema, 'quality')).toEqual({
      argument: 'providerOptions.grok-imagine',
      message: 'providerOptions.grok-imagine must be an object.',
    });
  });
});
