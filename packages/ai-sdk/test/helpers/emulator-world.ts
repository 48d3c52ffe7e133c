import type { FakeClock } from '@grok-imagine/core/testing';
import { createFakeClock } from '@grok-imagine/core/testing';
import { type Emulator, type EmulatorOptions, startEmulator } from '@grok-imagine/emulator';
import type { GrokImagineConfig, ProviderId } from '@grok-imagine/sdk';
import nock from 'nock';

/** A running emulator whose time is the sdk's fake clock: every sdk sleep moves both on at once. */
export interface EmulatorWorld {
  emulator: Emulator;
  clock: FakeClock;
  /** A `createGrokImagine` config that runs on `provider` against the emulator, keys from `env`. */
  config(provider: ProviderId, extra?: GrokImagineConfig): GrokImagineConfig;
}

/** Starts the emulator on loopback, sharing one fake clock with the sdk so no test waits for real. */
export async function startEmulatorWorld(options: EmulatorOptions = {}): Promise<EmulatorWorld> {
  // Other test files in this process may have nock active; this one talks to a real local server.
  nock.enableNetConnect('127.0.0.1');
  const clock = createFakeClock(Date.now());
  const emulator = await startEmulator({
    seed: 11,
    clock: { now: () => clock.now() },
    rateLimits: { xai: false, pixazo: false, vydra: false },
    ...options,
  });
  return {
    emulator,
    clock,
    config: (provider, extra = {}) => ({
      provider,
      clock,
      env: {
        XAI_API_KEY: emulator.keys.xai,
        PIXAZO_API_KEY: emulator.keys.pixazo,
        VYDRA_API_KEY: emulator.keys.vydra,
      },
      providers: {
        xai: { baseURL: emulator.xaiBaseURL },
        pixazo: { baseURL: emulator.pixazoBaseURL },
        vydra: { baseURL: emulator.vydraBaseURL, usdPerCredit: '0.001' },
      },
      ...extra,
    }),
  };
}

/**
 * The AI SDK's own download refuses loopback hosts (SSRF protection); the emulator's media server
 * is on loopback, so the tests hand `experimental_generateVideo` this plain one.
 */
export async function loopbackDownload({
  url,
}: {
  url: URL;
}): Promise<{ data: Uint8Array; mediaType: string | undefined }> {
  const response = await fetch(url);
  return {
    data: new Uint8Array(await response.arrayBuffer()),
    mediaType: response.headers.get('content-type') ?? undefined,
  };
}
