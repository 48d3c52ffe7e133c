import type { ProviderId } from '@grok-imagine/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { json } from './hostile-answers.ts';
import { BODY_CASES, type BodyCase, callFor, ENDPOINTS, expectedClass } from './hostile-cases.ts';
import type { HostileServer } from './hostile-server.ts';
import {
  expectTyped,
  imagineOn,
  READ_TIMEOUT_MS,
  settle,
  startWorld,
  TIMEOUT_MS,
  watchUnhandled,
} from './hostile-world.ts';

/** Every case ends within this (real) time, whatever the answer does. */
const DEADLINE_MS = 2_000;

let server: HostileServer;
const unhandled = watchUnhandled();

beforeAll(async () => {
  server = await startWorld();
});
afterEach(async () => {
  // A rejection nobody handles surfaces a tick later.
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(unhandled.seen).toEqual([]);
});
afterAll(async () => {
  unhandled.stop();
  await server?.close();
});

const PAIRS = (Object.entries(ENDPOINTS) as [ProviderId, (typeof ENDPOINTS)[ProviderId]][]).flatMap(
  ([provider, endpoints]) => endpoints.map((endpoint) => [provider, endpoint] as const),
);

async function runCase(provider: ProviderId, endpoint: (typeof PAIRS)[number][1], kase: BodyCase) {
  const session = server.session();
  // The list is read after a lost create answer: the create fails 500, the list is hostile.
  if (endpoint === 'list') session.script(provider, 'create', json(500, { error: 'boom' }));
  session.script(provider, endpoint, kase.answer);
  const imagine = imagineOn(session, provider, {}, kase.stalls ? TIMEOUT_MS : READ_TIMEOUT_MS);
  const outcome = await settle(callFor(endpoint, imagine, provider));
  const expected = expectedClass(kase, provider, endpoint);
  if (expected === 'ok') {
    expect(outcome.ms).toBeLessThan(DEADLINE_MS);
    expect(outcome.ok, outcome.ok ? '' : String(outcome.error)).toBe(true);
    expect(() => JSON.stringify(outcome.ok && outcome.value)).not.toThrow();
    return;
  }
  const error = expectTyped(outcome, expected, DEADLINE_MS);
  if (endpoint === 'create' || endpoint === 'list') expect(error.accepted).toBeDefined();
  expect(session.hits.filter((hit) => hit.endpoint === endpoint).length).toBeGreaterThan(0);
}

const cases = (stalls: boolean) =>
  BODY_CASES.filter((kase) => Boolean(kase.stalls) === stalls).map((kase) => [kase.name, kase] as const);

// Answers the SDK must read and judge run side by side: their long request timeout never ends them.
describe.concurrent.each(PAIRS)('%s %s', (provider, endpoint) => {
  it.each(cases(false))('%s', (_name, kase) => runCase(provider, endpoint, kase));
});

// Stalls run one at a time: with a 100 ms deadline, a busy event loop could end them before the
// request even reached the server.
describe.each(PAIRS)('%s %s', (provider, endpoint) => {
  it.each(cases(true))('%s', (_name, kase) => runCase(provider, endpoint, kase));
});
