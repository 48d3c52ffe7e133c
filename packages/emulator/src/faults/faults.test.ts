import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIXAZO_EXAMPLES, XAI_EXAMPLES } from '../testing/doc-examples.ts';
import { type TestEmulator, authed, send, startTestEmulator } from '../testing/harness.ts';

let t: TestEmulator;
const videoSubmit = () =>
  send(`${t.emulator.xaiBaseURL}/videos/generations`, authed('xai', XAI_EXAMPLES.textToVideo));

beforeEach(async () => {
  t = await startTestEmulator();
});
afterEach(async () => {
  await t.emulator.close();
});

describe('faults', () => {
  it('status-429 answers the provider 429 with Retry-After, then passes after `times`', async () => {
    t.emulator.setFaults([{ kind: 'status-429', provider: 'xai', times: 1, retryAfterSeconds: 3 }]);
    const limited = await videoSubmit();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.json).toMatchObject({ code: 'rate_limit_exceeded' });
    expect(t.emulator.jobs.size).toBe(0);
    expect((await videoSubmit()).status).toBe(200);
    expect(t.emulator.requests.map((r) => r.fault)).toEqual(['status-429', undefined]);
  });

  it('status-429 on Vydra carries X-RateLimit-* headers', async () => {
    t.emulator.setFaults([{ kind: 'status-429', provider: 'vydra' }]);
    const answer = await send(`${t.emulator.vydraBaseURL}/organization`, authed('vydra'));
    expect(answer.status).toBe(429);
    expect(answer.json).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(answer.headers.get('retry-after')).toBe('1');
  });

  it('status-500 and status-503 (with Retry-After) create no job', async () => {
    t.emulator.setFaults({ path: '/videos/generations', steps: ['status-500', 'status-503', 'ok'] });
    const first = await videoSubmit();
    expect(first.status).toBe(500);
    expect(first.json).toMatchObject({ code: 'internal_error' });
    const second = await videoSubmit();
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(t.emulator.jobs.size).toBe(0);
    expect((await videoSubmit()).status).toBe(200);
    expect(t.emulator.jobs.size).toBe(1);
  });

  it('reset-before-response destroys the connection and creates no job', async () => {
    t.emulator.setFaults([{ kind: 'reset-before-response', times: 1 }]);
    await expect(videoSubmit()).rejects.toThrow(TypeError);
    expect(t.emulator.jobs.size).toBe(0);
    expect(t.emulator.requests[0]).toMatchObject({ fault: 'reset-before-response', status: undefined });
  });

  it('reset-after-accept creates (and charges) the job, then loses the response', async () => {
    const before = t.emulator.getBalance('xai', t.emulator.keys.xai);
    t.emulator.setFaults([{ kind: 'reset-after-accept', times: 1 }]);
    await expect(videoSubmit()).rejects.toThrow(TypeError);
    expect(t.emulator.jobs.size).toBe(1);
    expect(t.emulator.getBalance('xai', t.emulator.keys.xai)).toBeLessThan(before);
  });

  it('slow delays the answer by delayMs', async () => {
    t.emulator.setFaults([{ kind: 'slow', delayMs: 120, times: 1 }]);
    const started = performance.now();
    expect((await videoSubmit()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    t.emulator.setFaults([{ kind: 'slow', delayMs: 200 }]);
    // A client with a shorter timeout gives up first.
    await expect(
      fetch(`${t.emulator.xaiBaseURL}/videos/x`, { signal: AbortSignal.timeout(20) }),
    ).rejects.toThrow();
  });

  it('truncated-json sends half a JSON body with a matching Content-Length', async () => {
    t.emulator.setFaults([{ kind: 'truncated-json', times: 1 }]);
    const answer = await videoSubmit();
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(answer.text).toMatch(/^\{"request_id":"/);
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
    expect(t.emulator.jobs.size).toBe(1);
  });

  it("html-403 answers Pixazo's HTML bot challenge on the status endpoint", async () => {
    const example = PIXAZO_EXAMPLES[1];
    const submit = await send(
      `${t.emulator.pixazoBaseURL}/${example.model}/v1/${example.path}`,
      authed('pixazo', example.body),
    );
    expect(submit.status).toBe(202);
    t.emulator.setFaults([{ kind: 'html-403', provider: 'pixazo', path: /\/v2\/requests\/status\// }]);
    const { polling_url } = submit.json as { polling_url: string };
    const answer = await send(polling_url, authed('pixazo'));
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<!DOCTYPE html>');
    expect(answer.json).toBeUndefined();
  });

  it('random faults are reproducible from the seed', async () => {
    const run = async (seed: number): Promise<number[]> => {
      const { emulator } = await startTestEmulator({
        seed,
        faults: [{ kind: 'status-503', probability: 0.5 }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await send(`${emulator.xaiBaseURL}/videos/x`, authed('xai'))).status);
      await emulator.close();
      return statuses;
    };
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(first).toContain(503);
    expect(first).toContain(404);
  });

  it('faults can target the media server', async () => {
    const image = await send(
      `${t.emulator.xaiBaseURL}/images/generations`,
      authed('xai', XAI_EXAMPLES.imageGeneration),
    );
    const mediaUrl = (image.json as { data: Array<{ url: string }> }).data[0]!.url;
    t.emulator.setFaults([{ kind: 'status-503', provider: 'media', times: 1 }]);
    expect((await send(mediaUrl)).status).toBe(503);
    expect((await send(mediaUrl)).status).toBe(200);
  });
});
