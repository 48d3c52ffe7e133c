import { createServer } from 'node:net';
import type { ProviderId } from '@grok-imagine/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { T2V } from './hostile-cases.ts';
import type { HostileServer } from './hostile-server.ts';
import { expectTyped, imagineOn, KEYS, settle, startWorld } from './hostile-world.ts';

const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];
const DEADLINE_MS = 2_000;

/** A loopback port nobody listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let server: HostileServer;
beforeAll(async () => {
  server = await startWorld();
});
afterAll(async () => {
  await server?.close();
});

describe.each(PROVIDERS)('%s: a submission that never left the process', (provider) => {
  it('connection refused → ConnectionError, accepted no, nothing said about charges; journaled refused', async () => {
    const port = await closedPort();
    const session = server.session();
    const imagine = imagineOn(session, provider, {
      providers: {
        [provider]: {
          baseURL: session.baseURLs[provider].replace(/:\d+\//, `:${port}/`),
          retry: { retries: 0 },
          ...(provider === 'vydra' ? { usdPerCredit: '0.001' } : {}),
        },
      },
    });
    const error = expectTyped(await settle(() => imagine.submit(T2V)), 'ConnectionError', DEADLINE_MS);
    expect(error.accepted).toBe('no');
    expect((await imagine.jobs()).map((entry) => entry.state)).toEqual(['refused']);
  });

  it('no API key → AuthenticationError, accepted no, nothing sent', async () => {
    const session = server.session();
    const env = { ...KEYS, [`${provider.toUpperCase()}_API_KEY`]: undefined };
    const imagine = imagineOn(session, provider, { env });
    const error = expectTyped(await settle(() => imagine.submit(T2V)), 'AuthenticationError', DEADLINE_MS);
    expect(error.accepted).toBe('no');
    expect(session.hits).toEqual([]);
  });

  it('an already aborted signal → AbortedError, accepted no, nothing sent', async () => {
    const session = server.session();
    const imagine = imagineOn(session, provider);
    const error = expectTyped(
      await settle(() => imagine.submit(T2V, { signal: AbortSignal.abort() })),
      'AbortedError',
      DEADLINE_MS,
    );
    expect(error.accepted).toBe('no');
    expect(session.hits).toEqual([]);
  });

  it('over budget → BudgetExceededError, accepted no, nothing sent', async () => {
    const session = server.session();
    const imagine = imagineOn(session, provider, { budget: { maxUsdPerCall: '0.0001' } });
    const error = expectTyped(await settle(() => imagine.submit(T2V)), 'BudgetExceededError', DEADLINE_MS);
    expect(error.accepted).toBe('no');
    expect(session.hits).toEqual([]);
  });
});

describe('wait and generate options that would hang, spin or end at once', () => {
  it.each([
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, 'timeoutMs'],
    [{ timeoutMs: -5 }, 'timeoutMs'],
    [{ poll: { initialIntervalMs: Number.NaN } }, 'poll.initialIntervalMs'],
    [{ poll: { initialIntervalMs: -1, maxIntervalMs: -1 } }, 'poll.initialIntervalMs'],
  ])(
    '%j → ValidationError naming %s: wait reads nothing, generate submits nothing',
    async (options, field) => {
      const session = server.session();
      const imagine = imagineOn(session, 'vydra');
      const job = await imagine.submit(T2V);
      const before = session.hits.length;
      const waited = expectTyped(
        await settle(() => imagine.wait(job.id, options)),
        'ValidationError',
        DEADLINE_MS,
      );
      expect((waited as unknown as { field: string }).field).toBe(field);
      const generated = expectTyped(
        await settle(() => imagine.generate(T2V, options)),
        'ValidationError',
        DEADLINE_MS,
      );
      expect(generated.accepted).toBe('no');
      expect(session.hits.length).toBe(before);
    },
  );
});
