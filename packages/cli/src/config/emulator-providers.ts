import type { ProvidersConfig } from '@grok-imagine/sdk/node';
import type { EmulatorOptions, startEmulator } from '@grok-imagine/emulator';

/** A running emulator, seen as provider settings. */
export interface EmbeddedEmulator {
  /** Base URLs and keys of all three providers, pointing at the emulator. */
  providers: ProvidersConfig;
  /** The emulator's own description: base URLs and keys. */
  endpoints: Awaited<ReturnType<typeof startEmulator>>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts an emulator on a free local port and returns settings that point every provider at it. */
export async function startEmbeddedEmulator(options: EmulatorOptions = {}): Promise<EmbeddedEmulator> {
  // Loaded on demand: most runs talk to real providers and should not pay for the emulator's startup.
  const { startEmulator } = await import('@grok-imagine/emulator');
  const emulator = await startEmulator(options);
  return {
    endpoints: emulator,
    providers: {
      xai: { apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL },
      pixazo: { apiKey: emulator.keys.pixazo, baseURL: emulator.pixazoBaseURL },
      vydra: { apiKey: emulator.keys.vydra, baseURL: emulator.vydraBaseURL },
    },
    close: () => emulator.close(),
  };
}
