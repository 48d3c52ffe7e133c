import type { Emulator } from '../emulator/emulator.ts';

/** The text printed when the emulator is up: where each provider lives and which key to use. */
export function formatBanner(emulator: Emulator): string {
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
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
