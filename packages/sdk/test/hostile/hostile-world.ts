import type { ProviderId } from '@grok-imagine/core';
import { createFakeClock } from '@grok-imagine/core/testing';
import { expect } from 'vitest';
import { createImagine, GrokImagineError, type NodeGrokImagineConfig } from '../../src/node/index.ts';
import { json } from './hostile-answers.ts';
import {
  type Answer,
  type Hit,
  type HostileServer,
  type HostileSession,
  startHostileServer,
} from './hostile-server.ts';

/** The job id every default answer names. */
export const JOB = 'job_1';

/** The request timeout of cases that stall: only the deadline can end them, so it is short. */
export const TIMEOUT_MS = 100;

/**
 * The request timeout of every other case: long, so what ends a case is the SDK's reading of the
 * answer (size cap, parser, schema) and never a busy machine missing a short deadline.
 */
export const READ_TIMEOUT_MS = 10_000;

/** Keys of the test: never sent anywhere but this server. */
export const KEYS = {
  XAI_API_KEY: 'xai-hostile-key-0001',
  PIXAZO_API_KEY: 'pixazo-hostile-key-0001',
  VYDRA_API_KEY: 'vydra-hostile-key-0001',
};

/** A small, real MP4 header: enough for a media type check. */
const MP4 = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');

/** The documented, harmless answer of each endpoint: a pending video job, an empty list, credits. */
export function defaultAnswer(hit: Hit): Answer {
  if (hit.endpoint === 'media')
    return (_request, response) => {
      response.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(MP4.length) });
      response.end(MP4);
    };
  switch (hit.provider) {
    case 'xai':
      return hit.endpoint === 'create' ? json(200, { request_id: JOB }) : json(202, { status: 'pending' });
    case 'pixazo':
      return json(hit.endpoint === 'create' ? 202 : 200, {
        request_id: JOB,
        status: hit.endpoint === 'create' ? 'QUEUED' : 'PROCESSING',
      });
    case 'vydra':
      if (hit.endpoint === 'list') return json(200, { data: [] });
      if (hit.endpoint === 'account')
        return json(200, hit.path === '/organization' ? { creditsRemaining: 100 } : { plan: 'free' });
      if (hit.endpoint === 'cancel') return json(200, { id: JOB, status: 'cancelled' });
      return json(hit.endpoint === 'create' ? 202 : 200, { jobId: JOB, id: JOB, status: 'running' });
    default:
      return json(404, { error: 'unknown' });
  }
}

/**
 * Starts the server with the documented default answers. Plain sockets, no nock in these files:
 * nock's pass-through socket keeps every byte it passes, which would hide what the client holds.
 */
export async function startWorld(): Promise<HostileServer> {
  return startHostileServer(defaultAnswer);
}

/**
 * `createImagine` against the server: the given request timeout, no retries (each case is one
 * attempt), a fake clock for every sleep (poll intervals and backoff cost no real time).
 */
export function imagineOn(
  server: HostileSession,
  provider: ProviderId,
  extra: NodeGrokImagineConfig = {},
  timeoutMs = READ_TIMEOUT_MS,
) {
  const section = (id: ProviderId) => ({
    baseURL: server.baseURLs[id],
    timeoutMs,
    retry: { retries: 0 },
    limits: false as const,
  });
  return createImagine({
    provider,
    configFile: false,
    env: KEYS,
    clock: createFakeClock(Date.now()),
    providers: {
      xai: section('xai'),
      pixazo: section('pixazo'),
      vydra: { ...section('vydra'), usdPerCredit: '0.001' },
    },
    poll: { initialIntervalMs: 10, maxIntervalMs: 10 },
    ...extra,
  });
}

/** How one call ended, and after how long (real time). */
export type Outcome = { ms: number } & ({ ok: true; value: unknown } | { ok: false; error: unknown });

/** Runs `call`, timing it; never throws. */
export async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  const start = performance.now();
  try {
    const value = await call();
    return { ms: performance.now() - start, ok: true, value };
  } catch (error) {
    return { ms: performance.now() - start, ok: false, error };
  }
}

/** The call failed with an SDK error of class `name`, within `deadlineMs`; returns the error. */
export function expectTyped(outcome: Outcome, name: string, deadlineMs: number): GrokImagineError {
  expect(outcome.ms).toBeLessThan(deadlineMs);
  if (outcome.ok) throw new Error(`expected ${name}, the call resolved: ${JSON.stringify(outcome.value)}`);
  const error = outcome.error as GrokImagineError;
  expect(GrokImagineError.isInstance(error), `not an SDK error: ${String(error)}`).toBe(true);
  expect(error.name).toBe(name);
  // Nothing reached the provider: the error must not say the job may exist or be charged.
  if (error.accepted === 'no') expect(error.message).not.toMatch(/may (exist|be charged|have been charged)/);
  // Whatever the answer held, the error renders: no RangeError, no key.
  const rendered = JSON.stringify(error);
  for (const key of Object.values(KEYS)) expect(rendered).not.toContain(key);
  return error;
}

/**
 * Collects unhandled rejections (and uncaught exceptions) of the process while the file runs: a
 * hostile answer must never leave a promise rejecting with nobody listening.
 */
export function watchUnhandled(): { seen: unknown[]; stop(): void } {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  return {
    seen,
    stop: () => {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}
