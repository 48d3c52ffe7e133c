import type { FakeClock } from '@grok-imagine/core/testing';
import { createFakeClock } from '@grok-imagine/core/testing';
import { type Emulator, type EmulatorOptions, startEmulator } from '@grok-imagine/emulator';
import nock from 'nock';
import type { GrokImagineConfig } from '../../src/index.ts';

/** A running emulator whose time is the SDK's fake clock: every SDK sleep moves both on at once. */
export interface EmulatorWorld {
  emulator: Emulator;
  clock: FakeClock;
  /** Provider sections pointing at the emulator (keys come from `env`). */
  providers: NonNullable<GrokImagineConfig['providers']>;
  /** The emulator's keys in the variables a user would set. */
  keysEnv: Record<string, string>;
}

/** Starts the emulator on loopback, sharing one fake clock with the SDK so no test waits for real. */
export async function startEmulatorWorld(options: EmulatorOptions = {}): Promise<EmulatorWorld> {
  // Other test files in this process may have nock active; this one talks to a real local server.
  nock.enableNetConnect('127.0.0.1');
  const clock = createFakeClock(Date.now());
  const emulator = await startEmulator({
    seed: 7,
    clock: { now: () => clock.now() },
    rateLimits: { xai: false, pixazo: false, vydra: false },
    ...options,
  });
  return {
    emulator,
    clock,
    providers: {
      xai: { baseURL: emulator.xaiBaseURL },
      pixazo: { baseURL: emulator.pixazoBaseURL },
      vydra: { baseURL: emulator.vydraBaseURL, usdPerCredit: '0.001' },
    },
    keysEnv: {
      XAI_API_KEY: emulator.keys.xai,
      PIXAZO_API_KEY: emulator.keys.pixazo,
      VYDRA_API_KEY: emulator.keys.vydra,
    },
  };
}

/** Requests that created a job (the billable POSTs), per provider. */
export function submissions(emulator: Emulator): { provider: string; path: string }[] {
  return emulator.requests
    .filter((request) => request.method === 'POST')
    .map((request) => ({ provider: request.provider, path: request.path }));
}
