import type {
  AdapterContext,
  AdapterPlan,
  Logger,
  NormalizedRequestOf,
  ProviderRequest,
  ResolvedMedia,
  StartContext,
  StartResult,
} from '@grok-imagine/core';
import { createFakeClock, type FakeClock } from '@grok-imagine/core/testing';
import nock from 'nock';
import { createVydraAdapter, type VydraAdapter } from '../adapter.ts';
import type { VydraConfig } from '../config.ts';

/** Origin the adapter talks to by default. */
export const ORIGIN = 'https://www.vydra.ai';
/** Path prefix of every API call. */
export const API = '/api/v1';
/** The key the tests configure; it must never show up in an error. */
export const KEY = 'vydra_test_key_5f2c';

/** A logger that records what it was told. */
export interface RecordingLogger extends Logger {
  lines: { level: string; message: string; fields?: Record<string, unknown> }[];
}

function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  const record = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}

/** What `setup` returns: an adapter on a fake clock and the contexts core would hand it. */
export interface Harness {
  adapter: VydraAdapter;
  clock: FakeClock;
  logger: RecordingLogger;
  ctx: AdapterContext;
  /** A fresh start context (its own attempt) per call. */
  startCtx(extra?: Partial<StartContext>): StartContext;
  /** Plans and starts a request the way core does; returns the result and the attempt. */
  start(request: ProviderRequest, extra?: Partial<StartContext>): Promise<StartResult>;
  /** The plan core would make for a request. */
  plan(request: ProviderRequest): AdapterPlan;
}

/** An adapter on a fake clock, and the contexts core would hand it. */
export function setup(config: VydraConfig = {}): Harness {
  const clock = createFakeClock();
  const logger = recordingLogger();
  const adapter = createVydraAdapter({ apiKey: KEY, clock, logger, ...config });
  const ctx: AdapterContext = { clock, logger };
  const startCtx = (extra: Partial<StartContext> = {}): StartContext => ({
    ...ctx,
    attempt: { sent: false },
    ...extra,
  });
  const plan = (request: ProviderRequest) => adapter.plan(request);
  return {
    adapter,
    clock,
    logger,
    ctx,
    startCtx,
    plan,
    start: (request, extra) => adapter.start(request, plan(request), startCtx(extra)),
  };
}

/** A nock scope that only matches requests carrying the key and asking for JSON. */
export function vydra(): nock.Scope {
  return nock(ORIGIN, { reqheaders: { authorization: `Bearer ${KEY}`, accept: 'application/json' } });
}

/** The documents' text-to-video example, as core hands it to the adapter (defaults applied). */
export const T2V: NormalizedRequestOf<'text-to-video', ResolvedMedia> = {
  type: 'text-to-video',
  prompt: 'Slow dolly through a neon-drenched Tokyo alley with rain reflections, 4K cinematic',
  duration: 6,
  aspectRatio: '16:9',
  resolution: '720p',
};

/** The documents' text-to-image example, defaults applied. */
export const T2I: NormalizedRequestOf<'text-to-image', ResolvedMedia> = {
  type: 'text-to-image',
  prompt: 'A majestic dragon flying over a neon-lit cyberpunk city',
  n: 1,
  aspectRatio: '1:1',
  resolution: '1k',
  format: 'jpeg',
  quality: 'standard',
  delivery: 'url',
};
