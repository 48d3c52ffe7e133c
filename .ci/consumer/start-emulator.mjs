// Starts the emulator from the INSTALLED @grok-imagine/emulator package and writes the variables
// that point the SDK at it (keys and base URLs) to the file named by argv[2]; runs until SIGTERM.
import { writeFileSync } from 'node:fs';
import { startEmulator } from '@grok-imagine/emulator';

const emulator = await startEmulator({ seed: 1, speed: 20 });
const env = {
  XAI_API_KEY: emulator.keys.xai,
  PIXAZO_API_KEY: emulator.keys.pixazo,
  VYDRA_API_KEY: emulator.keys.vydra,
  XAI_BASE_URL: emulator.xaiBaseURL,
  PIXAZO_BASE_URL: emulator.pixazoBaseURL,
  VYDRA_BASE_URL: emulator.vydraBaseURL,
};
writeFileSync(
  process.argv[2],
  Object.entries(env)
    .map(([name, value]) => `export ${name}=${value}\n`)
    .join(''),
);
process.once('SIGTERM', () => emulator.close().then(() => process.exit(0)));
