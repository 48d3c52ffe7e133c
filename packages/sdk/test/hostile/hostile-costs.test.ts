import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { text } from './hostile-answers.ts';
import { T2V } from './hostile-cases.ts';
import type { HostileServer } from './hostile-server.ts';
import { imagineOn, startWorld, watchUnhandled } from './hostile-world.ts';

/** Reported costs no provider would send, as JSON text (1e999 parses to Infinity). */
const ABSURD: [string, string][] = [
  ['-1e6', 'negative'],
  ['1e999', 'not a finite number'],
  ['1e308', 'over the per-call cap'],
  ['-0.5', 'negative'],
  ['"1e308"', ''],
  ['"a lot"', ''],
  ['{"usd":1}', ''],
  ['[1]', ''],
  ['true', ''],
];

/** A done answer whose reported cost is the raw JSON text `cost` (xAI ticks, Vydra credits). */
function doneWithCost(provider: Exclude<ProviderId, 'pixazo'>, url: string, cost: string) {
  if (provider === 'xai')
    return text(
      200,
      `{"request_id":"job_1","status":"done","video":{"url":"${url}","duration":6},"usage":{"cost_in_usd_ticks":${cost}}}`,
    );
  return text(
    200,
    `{"id":"job_1","status":"completed","output":{"videoUrl":"${url}"},"creditsCharged":${cost}}`,
  );
}

let server: HostileServer;
const unhandled = watchUnhandled();
beforeAll(async () => {
  server = await startWorld();
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(unhandled.seen).toEqual([]);
});
afterAll(async () => {
  unhandled.stop();
  await server?.close();
});

describe.each(['xai', 'vydra'] as const)('%s: an absurd reported cost', (provider) => {
  it.each(ABSURD)('%s → the job is done at its catalog cost; spend stays exact', async (cost, reason) => {
    const session = server.session();
    session.script(provider, 'status', doneWithCost(provider, session.mediaURL('v.mp4'), cost));
    const imagine = imagineOn(session, provider);
    const submitted = await imagine.submit(T2V);
    const quote = imagine.quote(T2V);
    const job = await imagine.wait(submitted.id);
    expect(job.status).toBe('done');
    expect(job.cost?.basis).toBe('catalog');
    expect(job.cost?.usdTicks).toBe(quote.usdTicks);
    const rejected = job.warnings.find((warning) => warning.type === 'cost_report_rejected');
    if (reason) expect(rejected?.message).toContain(reason);
    const spend = imagine.spend();
    expect(Number.isSafeInteger(spend.usdTicks)).toBe(true);
    expect(spend.usdTicks).toBe(quote.usdTicks);
    expect(Number.isFinite(spend.usd)).toBe(true);
    expect(() => JSON.stringify(job)).not.toThrow();
  });
});

describe('xai: an absurd cost on a synchronous image', () => {
  it.each(ABSURD)('%s → the image is done at its catalog cost', async (cost) => {
    const session = server.session();
    const url = session.mediaURL('i.jpg');
    session.script(
      'xai',
      'create',
      text(200, `{"data":[{"url":"${url}"}],"usage":{"cost_in_usd_ticks":${cost}}}`),
    );
    const imagine = imagineOn(session, 'xai');
    const request = { type: 'text-to-image', prompt: 'an absurd cost' } as const;
    const job = await imagine.submit(request);
    expect(job.status).toBe('done');
    expect(job.cost).toMatchObject({ basis: 'catalog', usdTicks: imagine.quote(request).usdTicks });
  });
});

describe('a budget cannot be unlocked or blown by a reported cost', () => {
  it('after a job reported at -1e6 credits, the total budget still counts its catalog cost', async () => {
    const session = server.session();
    session.script('vydra', 'status', doneWithCost('vydra', session.mediaURL('v.mp4'), '-1e6'));
    const quote = imagineOn(session, 'vydra').quote(T2V);
    const imagine = imagineOn(session, 'vydra', {
      // Room for one job at its quote, not two.
      budget: { maxUsdTotal: (quote.usdTicks! * 1.5) / 1e10 },
    });
    const job = await imagine.wait((await imagine.submit(T2V)).id);
    expect(job.status).toBe('done');
    const error = await imagine.submit(T2V).catch((e: unknown) => e);
    expect((error as Error).name).toBe('BudgetExceededError');
    expect(session.hits.filter((hit) => hit.endpoint === 'create')).toHaveLength(1);
  });
});
