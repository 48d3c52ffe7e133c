import { inspect } from 'node:util';
import { expect, vi } from 'vitest';
import { createClient } from '../client/create-client.ts';
import type { ImagineClient } from '../client/client-types.ts';
import { GrokImagineError } from '../errors/grok-imagine-error.ts';
import type { Job } from '../job/job.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import type { AdapterContractFixture } from './contract-types.ts';
import { createFakeClock, type FakeClock } from './fake-clock.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** One adapter under test behind core's client, on a fake clock with pinned jitter. */
export interface ContractSetup {
  clock: FakeClock;
  adapter: ProviderAdapter;
  client: ImagineClient;
}

/** Builds the fixture's adapter and core's client over it (in-memory ledger). */
export function setupContract(fixture: AdapterContractFixture): ContractSetup {
  const clock = createFakeClock();
  const adapter = fixture.createAdapter({ clock });
  // Jitter pinned to the middle so runs are repeatable.
  const client = createClient(adapter, { clock, random: () => 0.5 });
  return { clock, adapter, client };
}

/** The one ledger entry a scenario wrote (each scenario makes exactly one submission). */
export function onlyEntry(client: ImagineClient): LedgerEntry {
  const entries = client.ledger.entries();
  expect(entries, 'one ledger entry per submission').toHaveLength(1);
  return entries[0]!;
}

/** Checks the shape every job core builds has, whatever the provider. */
export function expectWellFormedJob(job: Job, provider: string): void {
  expect(job.id.startsWith(`${provider}:`), `job id ${job.id} starts with "${provider}:"`).toBe(true);
  expect(job.id.length).toBeGreaterThan(provider.length + 1);
  expect(job.provider).toBe(provider);
  expect(Array.isArray(job.warnings)).toBe(true);
  expect(Array.isArray(job.outputs)).toBe(true);
  expect(job.createdAt).toMatch(ISO_TIME);
  expect(job.updatedAt).toMatch(ISO_TIME);
  expect(() => JSON.stringify(job)).not.toThrow();
}

/** Checks a done job has usable outputs, at least one of the expected media kind. */
export function expectOutputs(job: Job, mediaPrefix: 'image/' | 'video/'): void {
  expect(job.outputs.length, 'at least one output').toBeGreaterThan(0);
  for (const output of job.outputs) {
    expect(typeof output.mimeType).toBe('string');
    expect(output.url !== undefined || output.data !== undefined, 'output has url or data').toBe(true);
  }
  expect(job.outputs.some((output) => output.mimeType.startsWith(mediaPrefix))).toBe(true);
}

/** The SDK error a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<GrokImagineError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(GrokImagineError.isInstance(error), `expected an SDK error, got ${String(error)}`).toBe(true);
  return error as GrokImagineError;
}

/** Checks the key shows in none of the error's message, JSON and inspected form (cause chain included). */
export function expectNoKey(value: unknown, apiKey: string): void {
  if (value instanceof Error) expect(value.message).not.toContain(apiKey);
  expect(JSON.stringify(value) ?? '').not.toContain(apiKey);
  expect(inspect(value, { depth: 10 })).not.toContain(apiKey);
}

type RequestFunction = (url: string | URL, options?: { method?: string }) => unknown;
type RequestModule = { request: RequestFunction };

/**
 * Watches every request the process makes, through `fetch` and through Node's `http`/`https` clients
 * (the transport core uses on Node); calls go through. `methods()` lists their methods in order.
 */
function watchRequests(): { methods: () => string[]; restore: () => void } {
  const methods: string[] = [];
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  const load = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const modules = load ? [load('node:http') as RequestModule, load('node:https') as RequestModule] : [];
  const spies = modules.map((module) => {
    const original = module.request;
    return vi.spyOn(module, 'request').mockImplementation((url, options) => {
      methods.push((options?.method ?? 'GET').toUpperCase());
      return original.call(module, url, options);
    });
  });
  return {
    methods: () => [
      ...methods,
      ...fetchSpy.mock.calls.map(([input, init]) =>
        (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase(),
      ),
    ],
    restore: () => {
      fetchSpy.mockRestore();
      for (const spy of spies) spy.mockRestore();
    },
  };
}

/** Runs `fn` with every request watched (`fetch` and Node's http) and asserts none was made. */
export async function withoutNetwork(fn: () => unknown): Promise<void> {
  const watch = watchRequests();
  try {
    await fn();
    expect(watch.methods(), 'no network call').toEqual([]);
  } finally {
    watch.restore();
  }
}

/** Runs `fn` with every request watched (calls go through) and returns how many non-GET ones it sent. */
export async function countWrites(fn: () => Promise<unknown>): Promise<number> {
  const watch = watchRequests();
  try {
    await fn();
    return watch.methods().filter((method) => method !== 'GET').length;
  } finally {
    watch.restore();
  }
}
