import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { PROVIDER_IDS } from '@grok-imagine/sdk/node';
import { API_KEY_ENV, CONFIG_FILE_ENV } from '@grok-imagine/sdk/node';
import { startEmbeddedEmulator } from '../config/emulator-providers.ts';
import { parseCount, parsePositive } from '../request/parse-values.ts';
import type { Session } from '../session.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

interface EmulatorFlags {
  port?: string;
  seed?: string;
  speed?: string;
  writeConfig?: string;
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
}

async function serve(session: Session, flags: EmulatorFlags): Promise<number> {
  const emulator = await startEmbeddedEmulator({
    ...(flags.port !== undefined && { port: flags.port === '0' ? 0 : parseCount('port', flags.port) }),
    ...(flags.seed !== undefined && { seed: parseCount('seed', flags.seed) }),
    ...(flags.speed !== undefined && { speed: parsePositive('speed', flags.speed) }),
  });
  session.onClose(() => emulator.close());
  const { endpoints, providers } = emulator;
  // Base URLs cannot come from the environment, so a config file carries them; keys go in env lines too.
  const configFile = resolve(
    session.io.cwd,
    flags.writeConfig ?? join(tmpdir(), `grok-imagine-emulator-${process.pid}.json`),
  );
  // Emulated jobs take seconds, so the file also asks for a poll cadence to match.
  const poll = { initialIntervalMs: 250, maxIntervalMs: 1000 };
  await writeFile(configFile, `${JSON.stringify({ providers, poll }, null, 2)}\n`);
  // A temp file of our own choosing goes with the emulator; a file the user named stays.
  if (flags.writeConfig === undefined) session.onClose(() => rm(configFile, { force: true }));
  const env: Record<string, string> = { [CONFIG_FILE_ENV]: configFile };
  for (const id of PROVIDER_IDS) env[API_KEY_ENV[id]] = endpoints.keys[id];
  session.output.result(
    {
      xaiBaseURL: endpoints.xaiBaseURL,
      pixazoBaseURL: endpoints.pixazoBaseURL,
      vydraBaseURL: endpoints.vydraBaseURL,
      mediaURL: endpoints.mediaURL,
      keys: endpoints.keys,
      configFile,
      env,
    },
    [
      'grok-imagine emulator running (Ctrl-C to stop)',
      `  xai     ${endpoints.xaiBaseURL}   key ${endpoints.keys.xai}`,
      `  pixazo  ${endpoints.pixazoBaseURL}   key ${endpoints.keys.pixazo}`,
      `  vydra   ${endpoints.vydraBaseURL}   key ${endpoints.keys.vydra}`,
      `  media   ${endpoints.mediaURL}`,
      '',
      'To use it from another shell:',
      ...Object.entries(env).map(([name, value]) => `  export ${name}=${value}`),
    ],
  );
  await untilAborted(session.signal);
  return 0;
}

/** `grok-imagine emulator [--port] [--seed] [--speed]`: runs the local emulator until Ctrl-C (exit 0). */
export function registerEmulatorCommand(program: Command, context: CommandContext): void {
  program
    .command('emulator')
    .description('run the local emulator of all three providers (no keys, no charges) until Ctrl-C')
    .option('--port <port>', 'port to listen on (default: a free port)')
    .option('--seed <n>', 'seed of the emulator’s random choices (same seed, same run)')
    .option('--speed <factor>', 'run jobs this many times faster (default 1: a video takes about 3 s)')
    .option('--write-config <file>', 'where to write the config file pointing at it (default: a temp file)')
    .action(sessionAction<EmulatorFlags>(context, (session, _args, flags) => serve(session, flags)));
}
