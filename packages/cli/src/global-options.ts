import { type Command, Option } from 'commander';
import { PROVIDER_IDS, type ProviderId } from '@grok-imagine/sdk/node';

/** The options every command takes (given before or after the command name). */
export interface GlobalOptions {
  /** `--provider`: runs submissions on this provider (else config, `GROK_IMAGINE_PROVIDER`, `xai`). */
  provider?: ProviderId;
  /** `--config`: JSON config file (else `GROK_IMAGINE_CONFIG`, else `./grok-imagine.config.json` if present). */
  config?: string;
  /** `--json`: print one JSON document on stdout and nothing else there. */
  json?: boolean;
  /** `--out`: where media is downloaded (default `./out`). */
  out?: string;
  /** `--timeout`: seconds to wait for a job before giving up (exit 5; the job goes on). */
  timeout?: string;
  /** `--no-wait` sets this to `false`: submit only and print the job id. */
  wait?: boolean;
  /** `--emulator`: start an embedded emulator for this run and point every provider at it. */
  emulator?: boolean;
  /** `--journal`: the job journal (default `./.grok-imagine/jobs.jsonl`). */
  journal?: string;
}

/** Journal file, relative to the working directory, when `--journal` is not given. */
export const DEFAULT_JOURNAL = '.grok-imagine/jobs.jsonl';

/** Download directory, relative to the working directory, when `--out` is not given. */
export const DEFAULT_OUT_DIR = 'out';

/** Declares the global options on the program; commander also accepts them after a command name. */
export function addGlobalOptions(program: Command): Command {
  return program
    .addOption(new Option('--provider <id>', 'provider to run on').choices(PROVIDER_IDS))
    .option(
      '--config <file>',
      'JSON config file (default: $GROK_IMAGINE_CONFIG or ./grok-imagine.config.json)',
    )
    .option('--json', 'print one machine-readable JSON document on stdout')
    .option('--out <dir>', `download directory (default: ./${DEFAULT_OUT_DIR})`)
    .option('--timeout <seconds>', 'stop waiting after this long (exit 5; the job keeps running)')
    .option('--no-wait', 'submit only: print the job id and exit')
    .option('--emulator', 'run against an embedded local emulator (no keys, no charges)')
    .option('--journal <file>', `job journal (default: ./${DEFAULT_JOURNAL})`);
}

/** The global options as the running command sees them (its own options merged in). */
export function readGlobalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}
