import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultPlan } from '../faults/fault-plan.ts';
import { type MediaRequestRecord, createMediaHandler } from '../media/media-server.ts';
import { MediaStore } from '../media/media-store.ts';
import { pixazoModule } from '../pixazo/pixazo-module.ts';
import { createApiHandler } from '../server/api-server.ts';
import type { EmulatorState } from '../server/emulator-state.ts';
import { closeServer, listenOnLoopback } from '../server/listen.ts';
import { observeJobs } from '../server/observe-jobs.ts';
import { RateLimiter } from '../server/rate-limiter.ts';
import type { RecordedRequest } from '../server/request-log.ts';
import { BalanceLedger, fromLedgerUnits, toLedgerUnits } from '../state/balances.ts';
import { systemClock } from '../state/clock.ts';
import { JobStore } from '../state/job-store.ts';
import { createRandom, deriveSeed } from '../state/random.ts';
import { resolveTimings } from '../state/timings.ts';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';
import { xaiModule } from '../xai/xai-module.ts';
import { vydraModule } from '../vydra/vydra-module.ts';
import type { Emulator } from './emulator.ts';
import { DEFAULT_EMULATOR_KEYS, DEFAULT_RATE_LIMITS, type EmulatorOptions } from './emulator-options.ts';
import { snapshotJobs } from './snapshot-jobs.ts';

type Listener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const MODULES = { xai: xaiModule, pixazo: pixazoModule, vydra: vydraModule };

function keyList(value: string | readonly string[] | undefined, fallback: string): readonly string[] {
  if (value === undefined) return [fallback];
  return typeof value === 'string' ? [value] : value.length > 0 ? value : [fallback];
}

/**
 * Starts the emulator: an API server speaking xAI, Pixazo and Vydra on one loopback port, and a
 * media server on another (a different origin). Close it with `emulator.close()`.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const seed = options.seed ?? randomInt(2 ** 31);
  let apiListener: Listener | undefined;
  let mediaListener: Listener | undefined;
  const api = await listenOnLoopback((req, res) => apiListener!(req, res), options.port ?? 0);
  const media = await listenOnLoopback((req, res) => mediaListener!(req, res), options.mediaPort ?? 0);
  const origin = `http://127.0.0.1:${api.port}`;
  const mediaURL = `http://127.0.0.1:${media.port}`;
  const keys = {
    xai: keyList(options.keys?.xai, DEFAULT_EMULATOR_KEYS.xai),
    pixazo: keyList(options.keys?.pixazo, DEFAULT_EMULATOR_KEYS.pixazo),
    vydra: keyList(options.keys?.vydra, DEFAULT_EMULATOR_KEYS.vydra),
  };
  const ids = createRandom(deriveSeed(seed, 'ids'));
  const rateLimit = (provider: keyof typeof MODULES) => {
    const given = options.rateLimits?.[provider];
    return given === false ? undefined : (given ?? DEFAULT_RATE_LIMITS[provider]);
  };
  const state: EmulatorState = {
    clock: options.clock ?? systemClock,
    timings: resolveTimings(options.speed, options.timings),
    ids,
    jitter: createRandom(deriveSeed(seed, 'timings')),
    jobs: new JobStore(),
    balances: new BalanceLedger(options.balances),
    media: new MediaStore(mediaURL, ids),
    webhooks: new WebhookDispatcher(options.webhookDuplicates ?? false),
    limiter: new RateLimiter(),
    rateLimits: { xai: rateLimit('xai'), pixazo: rateLimit('pixazo'), vydra: rateLimit('vydra') },
    keys,
    urls: {
      xaiBaseURL: `${origin}/xai/v1`,
      pixazoBaseURL: `${origin}/pixazo`,
      vydraBaseURL: `${origin}/vydra/api/v1`,
      mediaURL,
    },
    allowHttpWebhooks: options.allowHttpWebhooks ?? false,
    onJobCreated: options.onJobCreated,
  };
  const faults = new FaultPlan(createRandom(deriveSeed(seed, 'faults')));
  if (options.faults) faults.set(options.faults);
  const requests: RecordedRequest[] = [];
  const mediaRequests: MediaRequestRecord[] = [];
  const observe = () => observeJobs(state, MODULES);
  apiListener = createApiHandler({
    state,
    modules: Object.values(MODULES),
    faults,
    requests,
    observe,
    ...(options.redirectVydraTo ? { redirectVydraTo: options.redirectVydraTo } : {}),
  });
  mediaListener = createMediaHandler({ state, faults, records: mediaRequests });
  const ticker = setInterval(observe, options.tickMs ?? 50);
  ticker.unref();

  return {
    ...state.urls,
    keys: { xai: keys.xai[0]!, pixazo: keys.pixazo[0]!, vydra: keys.vydra[0]! },
    requests,
    mediaRequests,
    webhookDeliveries: state.webhooks.deliveries,
    get jobs() {
      return snapshotJobs(state, MODULES);
    },
    seed,
    setFaults: (rules) => faults.set(rules),
    setBalance: (provider, key, amount) => state.balances.set(provider, key, toLedgerUnits(provider, amount)),
    getBalance: (provider, key) => fromLedgerUnits(provider, state.balances.get(provider, key)),
    settle: async () => {
      observe();
      await state.webhooks.settled();
    },
    close: async () => {
      clearInterval(ticker);
      await Promise.all([closeServer(api.server), closeServer(media.server)]);
    },
  };
}
