import type { Emulator } from '../emulator/emulator.ts';
import { SDK_CONFIG_FILE_ENV } from './sdk-config-file.ts';

/**
 * The text printed when the emulator is up: where each provider lives, which key to use, and the
 * config file written for the SDK, if any.
 */
export function formatBanner(emulator: Emulator, configFile?: string): string {
  const config = configFile
    ? ['', `  config  ${configFile}`, `  use it: export ${SDK_CONFIG_FILE_ENV}=${configFile}`]
    : [];
  return [
    `grok-imagine emulator running (seed ${emulator.seed})`,
    '',
    `  xAI     baseURL ${emulator.xaiBaseURL}`,
    `          key     ${emulator.keys.xai}`,
    `  Pixazo  baseURL ${emulator.pixazoBaseURL}`,
    `          key     ${emulator.keys.pixazo}`,
    `  Vydra   baseURL ${emulator.vydraBaseURL}`,
    `          key     ${emulator.keys.vydra}`,
    `  media   ${emulator.mediaURL}`,
    ...config,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
