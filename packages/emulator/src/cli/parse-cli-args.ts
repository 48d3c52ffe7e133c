import { parseArgs } from 'node:util';
import type { EmulatorOptions } from '../emulator/emulator-options.ts';
import { FAULT_KINDS, type FaultKind, type FaultRule } from '../faults/fault-types.ts';

/** The command line's usage text. */
export const USAGE = `Usage: grok-imagine-emulator [options]

Runs a local emulator of the xAI, Pixazo and Vydra Grok Imagine APIs.

Options:
  --port <n>               API port (default: a free port)
  --media-port <n>         media server port (default: --port + 1, or a free port)
  --seed <n>               seed for ids, timings and random faults
  --speed <x>              time multiplier (1 = image ~1 s, video ~3 s; 10 = ten times faster)
  --image-ms <n>           image job duration in ms (overrides --speed)
  --video-ms <n>           video job duration in ms (overrides --speed)
  --expire-after-ms <n>    lifetime of finished jobs' media URLs
  --fault <kind>[:<regex>] inject a fault on paths matching <regex> (repeatable); kinds:
                           ${FAULT_KINDS.join(', ')}
  --fault-times <n>        each --fault fires at most n times (default: always)
  --fault-probability <p>  each --fault fires with probability p (default: 1)
  --allow-http-webhooks    accept http:// webhook URLs on loopback hosts
  --webhook-duplicates     deliver every webhook twice
  --no-rate-limits         turn the per-key rate limits off
  --redirect-vydra-to <u>  answer every Vydra request with a 308 to this base URL
  --write-config <file>    write a grok-imagine.config.json there pointing the SDK and CLI at this
                           emulator (use it with GROK_IMAGINE_CONFIG=<file>); kept after exit
  -h, --help               show this help
`;

/**
 * What the command line asks for: run with options (and maybe write an SDK config file), print
 * help, or refuse with a message.
 */
export type CliCommand = { run: EmulatorOptions; writeConfig?: string } | { help: true } | { error: string };

function toNumber(
  name: string,
  raw: string | undefined,
  check: (n: number) => boolean,
): number | string | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && check(value)
    ? value
    : `--${name} must be a valid number (got ${JSON.stringify(raw)})`;
}

/** Parses `--fault <kind>[:<path-regex>]`. */
export function parseFaultSpec(spec: string): FaultRule | string {
  const colon = spec.indexOf(':');
  const kind = (colon === -1 ? spec : spec.slice(0, colon)) as FaultKind;
  if (!FAULT_KINDS.includes(kind))
    return `unknown fault kind ${JSON.stringify(kind)}; use one of ${FAULT_KINDS.join(', ')}`;
  if (colon === -1) return { kind };
  try {
    return { kind, path: new RegExp(spec.slice(colon + 1)) };
  } catch {
    return `invalid path regex in --fault ${JSON.stringify(spec)}`;
  }
}

/** Turns command-line arguments into emulator options. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { help: true };
  const numbers: Record<string, number | string | undefined> = {
    port: toNumber('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n < 65536),
    mediaPort: toNumber(
      'media-port',
      values['media-port'],
      (n) => Number.isInteger(n) && n >= 0 && n < 65536,
    ),
    seed: toNumber('seed', values.seed, Number.isInteger),
    speed: toNumber('speed', values.speed, (n) => n > 0),
    imageMs: toNumber('image-ms', values['image-ms'], (n) => n >= 0),
    videoMs: toNumber('video-ms', values['video-ms'], (n) => n >= 0),
    expireAfterMs: toNumber('expire-after-ms', values['expire-after-ms'], (n) => n >= 0),
    times: toNumber('fault-times', values['fault-times'], (n) => Number.isInteger(n) && n > 0),
    probability: toNumber('fault-probability', values['fault-probability'], (n) => n >= 0 && n <= 1),
  };
  const problem = Object.values(numbers).find((value) => typeof value === 'string');
  if (typeof problem === 'string') return { error: problem };
  const n = numbers as Record<string, number | undefined>;
  const faults: FaultRule[] = [];
  for (const spec of values.fault ?? []) {
    const rule = parseFaultSpec(spec);
    if (typeof rule === 'string') return { error: rule };
    faults.push({
      ...rule,
      ...(n.times === undefined ? {} : { times: n.times }),
      ...(n.probability === undefined ? {} : { probability: n.probability }),
    });
  }
  const mediaPort = n.mediaPort ?? (n.port ? n.port + 1 : undefined);
  const timings = {
    ...(n.imageMs === undefined ? {} : { imageMs: n.imageMs }),
    ...(n.videoMs === undefined ? {} : { videoMs: n.videoMs }),
    ...(n.expireAfterMs === undefined ? {} : { expireAfterMs: n.expireAfterMs }),
  };
  const options: EmulatorOptions = {
    ...(n.port === undefined ? {} : { port: n.port }),
    ...(mediaPort === undefined ? {} : { mediaPort }),
    ...(n.seed === undefined ? {} : { seed: n.seed }),
    ...(n.speed === undefined ? {} : { speed: n.speed }),
    ...(Object.keys(timings).length > 0 ? { timings } : {}),
    ...(faults.length > 0 ? { faults } : {}),
    ...(values['allow-http-webhooks'] ? { allowHttpWebhooks: true } : {}),
    ...(values['webhook-duplicates'] ? { webhookDuplicates: true } : {}),
    ...(values['no-rate-limits'] ? { rateLimits: { xai: false, pixazo: false, vydra: false } } : {}),
    ...(values['redirect-vydra-to'] ? { redirectVydraTo: values['redirect-vydra-to'] } : {}),
  };
  const writeConfig = values['write-config'];
  if (writeConfig === '') return { error: '--write-config needs a file path' };
  return writeConfig === undefined ? { run: options } : { run: options, writeConfig };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      'media-port': { type: 'string' },
      seed: { type: 'string' },
      speed: { type: 'string' },
      'image-ms': { type: 'string' },
      'video-ms': { type: 'string' },
      'expire-after-ms': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'fault-times': { type: 'string' },
      'fault-probability': { type: 'string' },
      'allow-http-webhooks': { type: 'boolean' },
      'webhook-duplicates': { type: 'boolean' },
      'no-rate-limits': { type: 'boolean' },
      'redirect-vydra-to': { type: 'string' },
      'write-config': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
