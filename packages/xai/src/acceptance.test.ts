import './__fixtures__/nock-setup.ts';
import { ResponseValidationError, SubmissionUncertainError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { createTestKit, xaiPost } from './__fixtures__/xai-test-kit.ts';

const VIDEO = { type: 'text-to-video', prompt: 'Waves', duration: 6 } as const;
const IMAGE = { type: 'text-to-image', prompt: 'A lighthouse' } as const;

/** Submits with the create answered `status`/`body`; returns the error and the ledger's verdict. */
async function submitAnswered(request: typeof VIDEO | typeof IMAGE, status: number, body: string) {
  const { client } = createTestKit();
  const path = request.type === 'text-to-video' ? '/v1/videos/generations' : '/v1/images/generations';
  const scope = xaiPost().post(path).reply(status, body, { 'content-type': 'application/json' });
  const error = await client.submit(request).catch((e: unknown) => e);
  scope.done();
  return { error, entry: client.ledger.entries()[0] };
}

describe('a 2xx create answer xAI took but the SDK cannot use is an uncertain submission', () => {
  const cases = [
    ['video: truncated JSON', VIDEO, '{"request_id": "d97415a1-57', 'body_not_json'],
    ['video: no request_id', VIDEO, '{"id": "d97415a1"}', undefined],
    ['video: an empty body', VIDEO, '', undefined],
    ['image: `data` is not a list', IMAGE, '{"data": "https://imgen.x.ai/a.jpg"}', undefined],
    ['image: truncated JSON', IMAGE, '{"data": [{"url": "https://imgen.x', 'body_not_json'],
  ] as const;

  for (const [what, request, body, code] of cases) {
    it(`${what} → SubmissionUncertainError (accepted "unknown"), recorded uncertain, sent once`, async () => {
      const { error, entry } = await submitAnswered(request, 200, body);
      expect(error).toBeInstanceOf(SubmissionUncertainError);
      expect(error).toMatchObject({ provider: 'xai', accepted: 'unknown' });
      const cause = (error as SubmissionUncertainError).cause;
      expect(cause).toBeInstanceOf(ResponseValidationError);
      if (code) expect(cause).toMatchObject({ code });
      expect(entry?.state).toBe('uncertain');
    });
  }

  it('a 404 on the create is a refusal: accepted "no", recorded refused', async () => {
    const { error, entry } = await submitAnswered(VIDEO, 404, '{"code":"not_found","error":"No route"}');
    expect(error).toMatchObject({ status: 404, accepted: 'no' });
    expect(entry?.state).toBe('refused');
  });
});
