import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeClock } from '@grok-imagine/core/testing';
import { type Emulator, FAULT_KINDS, type FaultRule, startEmulator } from '@grok-imagine/emulator';
import {
  createImagine,
  download,
  type GenerationRequest,
  GrokImagineError,
  type Imagine,
  Ledger,
  MemoryLedgerStore,
  type ProviderId,
} from '@grok-imagine/sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLedger } from './ledger-audit.ts';

const CALLS = 380;
const CONCURRENCY = 8;
const PROVIDERS: ProviderId[] = ['xai', 'pixazo', 'vydra'];

/** Every fault kind, on creates (POST), status reads (GET on the APIs) and media (GET on the media server). */
function soakFaults(): FaultRule[] {
  const rules: FaultRule[] = [];
  for (const kind of FAULT_KINDS) {
    const step = { kind, delayMs: 15, retryAfterSeconds: 1 };
    rules.push({ ...step, method: 'POST', probability: 0.025 });
    for (const provider of PROVIDERS) rules.push({ ...step, provider, method: 'GET', probability: 0.01 });
    rules.push({ ...step, provider: 'media', probability: 0.02 });
  }
  return rules;
}

function requestFor(i: number): GenerationRequest {
  const prompt = `soak call ${i}: a red fox in snow`;
  return i % 3 === 0
    ? { type: 'text-to-video', prompt, duration: 3, resolution: '480p' }
    : { type: 'text-to-image', prompt };
}

let emulator: Emulator;
const clock = createFakeClock();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  emulator = await startEmulator({
    seed: 11,
    clock,
    rateLimits: { xai: false, pixazo: false, vydra: false },
    faults: soakFaults(),
  });
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await emulator?.close();
});

describe('seeded fault soak', () => {
  it(`${CALLS} calls: images and videos on three providers, with and without fallback, under every fault`, async () => {
    const store = new MemoryLedgerStore();
    const providers = {
      xai: {
        baseURL: emulator.xaiBaseURL,
        apiKey: emulator.keys.xai,
        retry: { minDelayMs: 10, maxDelayMs: 40 },
      },
      pixazo: {
        baseURL: emulator.pixazoBaseURL,
        apiKey: emulator.keys.pixazo,
        retry: { minDelayMs: 10, maxDelayMs: 40 },
      },
      vydra: {
        baseURL: emulator.vydraBaseURL,
        apiKey: emulator.keys.vydra,
        retry: { minDelayMs: 10, maxDelayMs: 40 },
      },
    };
    const imagines = new Map<string, Imagine>();
    // One journal for every instance, as one process would have: what the audit reads.
    const imagineFor = (provider: ProviderId, fallback: boolean): Imagine => {
      const name = `${provider}:${fallback}`;
      let found = imagines.get(name);
      if (!found) {
        found = createImagine({
          configFile: false,
          provider,
          fallback: fallback ? PROVIDERS.filter((p) => p !== provider) : [],
          providers,
          store,
          clock,
          maxConcurrentJobs: false,
          poll: { initialIntervalMs: 200, maxIntervalMs: 1_000 },
          waitTimeoutMs: 10 * 60_000,
        });
        imagines.set(name, found);
      }
      return found;
    };
    const dir = await mkdtemp(join(tmpdir(), 'grok-imagine-soak-'));
    const returned = new Map<string, number>();
    const outside: string[] = [];
    const outcomes: Record<string, number> = {};
    const count = (what: string) => (outcomes[what] = (outcomes[what] ?? 0) + 1);
    let next = 0;
    async function worker(): Promise<void> {
      while (next < CALLS) {
        const i = next++;
        // Every provider with and without fallback, for images and videos alike.
        const imagine = imagineFor(PROVIDERS[Math.floor(i / 2) % 3]!, i % 2 === 0);
        try {
          const job = await imagine.generate(requestFor(i));
          returned.set(job.id, (returned.get(job.id) ?? 0) + 1);
          count('done');
          // The emulator serves media on loopback: allowed, or every download is refused before it starts.
          await download(job, { dir, overwrite: true, allowPrivateHosts: true }).then(
            () => count('downloaded'),
            (error: unknown) => {
              if (!GrokImagineError.isInstance(error)) outside.push(`download: ${String(error)}`);
              else count(`download ${error.name}`);
            },
          );
        } catch (error) {
          if (!GrokImagineError.isInstance(error)) outside.push(String(error));
          else count(error.name);
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // Every instance appended to the one store; a fresh ledger reads all of it.
    const ledger = new Ledger({ store });
    await ledger.ready();
    const audit = auditLedger(emulator.jobs.values(), ledger.entries());
    console.info(
      `soak: outcomes=${JSON.stringify(outcomes)} emulator jobs=${audit.jobs} ledger=${JSON.stringify(audit.states)}`,
    );
    expect(outside, 'errors outside the SDK hierarchy').toEqual([]);
    expect(unhandled, 'unhandled rejections').toEqual([]);
    expect(audit.unknownToLedger, 'emulator jobs unknown to the ledger').toEqual([]);
    expect(audit.paidTwice, 'calls that created two provider jobs').toEqual([]);
    expect(audit.claimedTwice, 'provider jobs claimed by two submissions').toEqual([]);
    expect(
      [...returned].filter(([, n]) => n > 1),
      'provider jobs returned to two calls',
    ).toEqual([]);
    expect(audit.jobs).toBeGreaterThanOrEqual(300);
    // The download leg ran: most finished jobs were saved (a refusal of every download, say of the
    // emulator's loopback media host, would leave it untested under the faults).
    expect(outcomes.downloaded ?? 0).toBeGreaterThan(0.8 * (outcomes.done ?? 0));
  }, 300_000);
});
