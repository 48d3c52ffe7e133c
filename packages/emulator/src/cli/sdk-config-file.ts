import { writeFile } from 'node:fs/promises';
import type { Emulator } from '../emulator/emulator.ts';

/** The environment variable the SDK and the `grok-imagine` CLI read a config file's path from. */
export const SDK_CONFIG_FILE_ENV = 'GROK_IMAGINE_CONFIG';

/** A provider's settings as the SDK's config file spells them. */
interface ProviderSettings {
  apiKey: string;
  baseURL: string;
}

/** The `grok-imagine.config.json` contents that point the SDK at a running emulator. */
export interface SdkConfigFile {
  providers: { xai: ProviderSettings; pixazo: ProviderSettings; vydra: ProviderSettings };
  /** Emulated jobs take seconds, so poll often rather than at the SDK's real-world cadence. */
  poll: { initialIntervalMs: number; maxIntervalMs: number };
}

/**
 * What `--write-config` writes: the same file as `grok-imagine emulator --write-config`, every
 * provider's `baseURL` and key pointing at this emulator. Written from the emulator's own fields:
 * the emulator shares no code with the SDK.
 */
export function sdkConfigFor(emulator: Emulator): SdkConfigFile {
  return {
    providers: {
      xai: { apiKey: emulator.keys.xai, baseURL: emulator.xaiBaseURL },
      pixazo: { apiKey: emulator.keys.pixazo, baseURL: emulator.pixazoBaseURL },
      vydra: { apiKey: emulator.keys.vydra, baseURL: emulator.vydraBaseURL },
    },
    poll: { initialIntervalMs: 250, maxIntervalMs: 1000 },
  };
}

/** Writes {@link sdkConfigFor} as pretty JSON to `path`, replacing the file. */
export async function writeSdkConfigFile(path: string, emulator: Emulator): Promise<void> {
  await writeFile(path, `${JSON.stringify(sdkConfigFor(emulator), null, 2)}\n`);
}
