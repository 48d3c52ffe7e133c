import { ResponseValidationError, ValidationError } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { describe, expect, it } from 'vitest';
import failure from '../__fixtures__/webhook-failure.json' with { type: 'json' };
import terminal from '../__fixtures__/webhook-terminal.json' with { type: 'json' };
import { testAdapter } from '../testing/pixazo-test-kit.ts';
import { parsePixazoWebhook } from './parse-webhook.ts';

const clock = createFakeClock();

describe('parsePixazoWebhook', () => {
  it('maps the documented terminal callback to a done job (space-separated times read as UTC)', () => {
    expect(parsePixazoWebhook(terminal, { clock })).toEqual({
      id: `pixazo:${terminal.request_id}`,
      provider: 'pixazo',
      type: 'text-to-image',
      status: 'done',
      outputs: [{ url: terminal.output.media_url[0], mimeType: 'image/jpeg' }],
      warnings: [],
      createdAt: '2026-05-22T13:17:32.110Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      raw: terminal,
    });
  });

  it('maps the documented failure callback to a failed, uncharged, retryable job', () => {
    expect(parsePixazoWebhook(failure, { clock })).toMatchObject({
      type: 'reference-to-video',
      status: 'failed',
      error: { code: 'system_error', message: 'Description of the error', retryable: true, charged: false },
      // "..." placeholders are not times: the clock's now stands in.
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('applies "done means output": a COMPLETED callback without media is a failed no_output job', () => {
    const empty = { ...terminal, output: { ...terminal.output, media_url: [] } };
    expect(parsePixazoWebhook(empty, { clock })).toMatchObject({
      status: 'failed',
      outputs: [],
      error: {
        code: 'no_output',
        message: 'The provider reported the job done but returned no output.',
        retryable: false,
      },
    });
  });

  it('accepts the JSON text too', () => {
    expect(parsePixazoWebhook(JSON.stringify(terminal), { clock }).status).toBe('done');
  });

  it('is exposed as adapter.parseWebhook, as the status union naming its job', () => {
    expect(testAdapter().parseWebhook(terminal)).toStrictEqual({
      providerJobId: terminal.request_id,
      type: 'text-to-image',
      createdAt: '2026-05-22T13:17:32.110Z',
      status: 'done',
      outputs: [{ url: terminal.output.media_url[0], mimeType: 'image/jpeg' }],
      raw: terminal,
    });
  });

  it('rejects a body that is not a callback, or one of an unknown model', () => {
    expect(() => parsePixazoWebhook({ hello: 'world' })).toThrow(ValidationError);
    expect(() => parsePixazoWebhook('{nope')).toThrow('Pixazo webhook body is not JSON.');
    expect(() => parsePixazoWebhook({ request_id: 'flux-pro_1', status: 'QUEUED' })).toThrow(
      ResponseValidationError,
    );
  });

  it('a callback nested 100,000 levels deep (or a deep error) ends in typed errors and jobs, never a RangeError', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const unknownModel = { request_id: 'flux-pro_1', status: 'QUEUED', extra: deep };
    expect(() => parsePixazoWebhook(unknownModel)).toThrow(ResponseValidationError);
    const failed = parsePixazoWebhook({ ...failure, status: 'FAILED', error: deep }, { clock });
    expect(failed.error?.message).toContain('[nested too deep]');
    expect(() => JSON.stringify(failed)).not.toThrow();
  });
});
