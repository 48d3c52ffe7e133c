import { join } from 'node:path';
import type { GenerationRequest, ProviderId } from '@grok-imagine/sdk/node';
import {
  createImagine,
  type NodeImagine as Imagine,
  MemoryLedgerStore,
  type NodeGrokImagineConfig,
} from '@grok-imagine/sdk/node';
import { waitAndDownload } from '../commands/finish-job.ts';
import { startEmbeddedEmulator } from '../config/emulator-providers.ts';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import { reportError } from '../errors/report-error.ts';
import { formatQuote } from '../output/format-money.ts';
import { printableJob } from '../output/to-json.ts';
import type { Session } from '../session.ts';
import { DEMO_REQUESTS } from './demo-requests.ts';
import type { DemoRow } from './demo-row.ts';
import { renderDemoTable } from './demo-table.ts';

/** How the demo runs. */
export interface DemoOptions {
  /** Talk to the real providers with the keys in the environment / config, instead of the emulator. */
  real: boolean;
  /** Providers to run, in order. */
  providers: ProviderId[];
  /** Emulator speed factor (jobs run this many times faster than the emulator's default). */
  speed: number;
}

// Fast enough that the whole demo takes seconds, slow enough that progress is visible.
const DEMO_POLL = { initialIntervalMs: 100, maxIntervalMs: 400 };

/** The config every provider shares; only `provider` changes between them. */
async function baseConfig(session: Session, options: DemoOptions): Promise<NodeGrokImagineConfig> {
  if (options.real) return session.config();
  const emulator = await startEmbeddedEmulator({ speed: options.speed, seed: 42 });
  session.onClose(() => emulator.close());
  session.markEphemeral();
  session.output.note(`emulator started (xAI ${emulator.endpoints.xaiBaseURL}); no keys, no charges`);
  return {
    env: { ...session.io.env },
    // The demo is reproducible: no user config file, no journal file (emulator jobs die with it).
    configFile: false,
    store: new MemoryLedgerStore(),
    providers: emulator.providers,
    poll: DEMO_POLL,
  };
}

function labelOf(request: GenerationRequest): string {
  return request.type === 'text-to-video' ? `video ${request.duration ?? 6}s` : 'image';
}

async function runOne(
  session: Session,
  imagine: Imagine,
  request: GenerationRequest,
  dir: string,
): Promise<DemoRow | number> {
  const row: DemoRow = {
    provider: imagine.provider,
    request: request.type,
    label: labelOf(request),
    files: [],
    wallMs: 0,
  };
  const started = Date.now();
  try {
    row.quote = imagine.quote(request);
    row.job = await imagine.submit(request, { signal: session.signal });
    const finished = await waitAndDownload(session, imagine, row.job, { quote: row.quote, dir });
    if (typeof finished === 'number') return finished;
    row.job = finished.job;
    row.files = finished.files;
  } catch (error) {
    const exitCode = reportError(session.io, error, { json: false });
    if (session.signal.aborted) return EXIT_CODES.interrupted;
    const name = error instanceof Error ? error.name : 'Error';
    row.error = {
      name,
      message: error instanceof Error ? error.message : String(error),
      exitCode,
    };
    if (error && typeof error === 'object' && 'job' in error && error.job)
      row.job = error.job as DemoRow['job'];
  }
  row.wallMs = Date.now() - started;
  return row;
}

/**
 * The demo: on each provider — switched by config only, through the same code path — one image
 * and one 6-second video, downloaded into `<out>/<provider>/`, then a table of quoted price,
 * reported cost and wall time. Exit 0 when every job succeeded, else the first failure's code.
 */
export async function runDemo(session: Session, options: DemoOptions): Promise<number> {
  const base = await baseConfig(session, options);
  const rows: DemoRow[] = [];
  for (const provider of options.providers) {
    session.output.note(`${provider}: createImagine({ ...config, provider: '${provider}' })`);
    const imagine = createImagine({ ...base, provider });
    for (const request of DEMO_REQUESTS) {
      const row = await runOne(session, imagine, request, join(session.outDir, provider));
      if (typeof row === 'number') return row;
      rows.push(row);
      // Without a key every request on this provider fails the same way; one report is enough.
      if (row.error?.exitCode === EXIT_CODES.auth) break;
      if (!row.error)
        session.output.note(
          `${provider}: ${row.label} quoted ${formatQuote(row.quote)}, ${row.files.length} file(s)`,
        );
    }
  }
  const json = rows.map((row) => ({ ...row, job: row.job && printableJob(row.job) }));
  session.output.result({ rows: json, outDir: session.outDir }, renderDemoTable(rows));
  return rows.find((row) => row.error)?.error?.exitCode ?? EXIT_CODES.ok;
}
