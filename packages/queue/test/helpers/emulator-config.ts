import type { Emulator } from '@grok-imagine/emulator';
import type { NodeGrokImagineConfig } from '@grok-imagine/sdk/node';

/** An sdk config that points every provider at the emulator (keys included), reading no config file. */
export function emulatorConfig(
  emulator: Emulator,
  provider: 'xai' | 'pixazo' | 'vydra' = 'xai',
): NodeGrokImagineConfig {
  return {
    configFile: false,
    provider,
    env: {},
    providers: {
      xai: { baseURL: emulator.xaiBaseURL, apiKey: emulator.keys.xai },
      pixazo: { baseURL: emulator.pixazoBaseURL, apiKey: emulator.keys.pixazo },
      vydra: { baseURL: emulator.vydraBaseURL, apiKey: emulator.keys.vydra, usdPerCredit: '0.001' },
    },
    poll: { initialIntervalMs: 20, maxIntervalMs: 100 },
  };
}

/** A status schedule at emulator speed: first read soon, then every 50–200 ms. */
export const FAST_SCHEDULE = { firstCheckMs: () => 50, minIntervalMs: 50, maxIntervalMs: 200 };
