import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type GenerationRequest, ValidationError } from '@grok-imagine/sdk/node';
import {
  type BatchItemOutcome,
  type BatchProgress,
  createBatchQueue,
  runBatch,
  startWorker,
} from '@grok-imagine/queue';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import type { Session } from '../session.ts';
import { readBatchFile } from './batch-jsonl.ts';
import { addRedisOptions, parseCount, type RedisFlags, redactRedisUrl, redisUrlOf } from './batch-options.ts';
import { type BatchProgressView, createBatchProgress } from './batch-progress.ts';
import { BatchReport } from './batch-report.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

interface RunFlags extends RedisFlags {
  workers?: string;
  strict?: boolean;
  batchId?: string;
  download: boolean;
}

/** What both ways of running need: the items, the report, the progress display. */
interface Prepared {
  batchId: string;
  requests: GenerationRequest[];
  keys: string[];
  report: BatchReport;
  view: BatchProgressView;
}

// At the emulator's speed the production status schedule (first read of a video after 30 s) is slow.
const EMULATOR_SCHEDULE = { firstCheckMs: () => 300, minIntervalMs: 200, maxIntervalMs: 1_000 };

async function prepare(session: Session, file: string, flags: RunFlags): Promise<Prepared> {
  const imagine = await session.imagine();
  const path = resolve(session.io.cwd, file);
  const parsed = await readBatchFile(path, imagine);
  for (const bad of parsed.bad) {
    session.io.stderr.write(`${file}:${bad.line}: ${bad.message}${flags.strict ? '' : ' — skipped'}\n`);
  }
  if (flags.strict && parsed.bad.length > 0) {
    throw new ValidationError(
      `${file}: ${parsed.bad.length} bad line(s) (first: line ${parsed.bad[0]!.line}); nothing was enqueued (--strict).`,
      {
        field: 'requests',
        value: parsed.bad.map((bad) => bad.line),
      },
    );
  }
  if (parsed.lines.length === 0) {
    throw new ValidationError(`${file} holds no usable request.`, { field: 'requests', value: file });
  }
  const batchId = flags.batchId ?? `batch-${parsed.digest}`;
  return {
    batchId,
    requests: parsed.lines.map((line) => line.request),
    keys: parsed.lines.map((line) => line.key ?? `${batchId}/line-${line.line}`),
    report: new BatchReport(session, flags.download ? session.outDir : undefined),
    view: createBatchProgress(session.io, session.output.json, batchId),
  };
}

async function runInProcess(session: Session, prepared: Prepared, workers: number): Promise<number> {
  const run = runBatch(prepared.requests, {
    imagine: await session.imagine(),
    batchId: prepared.batchId,
    keys: prepared.keys,
    concurrency: workers,
    signal: session.signal,
    waitTimeoutMs: session.timeoutMs,
  });
  session.output.note(`batch ${prepared.batchId}: ${prepared.requests.length} items, in this process`);
  prepared.view.update(run.progress());
  for await (const outcome of run.results()) {
    await prepared.report.item(outcome);
    prepared.view.update(run.progress());
  }
  const progress = await run.done;
  prepared.view.stop();
  return prepared.report.finish(prepared.batchId, progress);
}

async function runOnRedis(
  session: Session,
  prepared: Prepared,
  url: string,
  flags: RunFlags,
  workers: number,
): Promise<number> {
  const queue = createBatchQueue({ connection: url, prefix: flags.prefix });
  session.onClose(() => queue.close());
  const enqueued = await queue.enqueue(prepared.requests, { batchId: prepared.batchId, keys: prepared.keys });
  session.output.note(
    `batch ${enqueued.batchId}: ${enqueued.added} items enqueued on ${redactRedisUrl(url)}` +
      `${enqueued.skipped.length ? `, ${enqueued.skipped.length} already there` : ''}` +
      `${workers > 0 ? `; working it with ${workers} at once here` : '; waiting for workers (`grok-imagine batch worker`)'}`,
  );
  if (workers > 0) {
    const config = await session.config();
    const worker = startWorker({
      connection: url,
      prefix: flags.prefix,
      config,
      concurrency: workers,
      ...(session.options.emulator && { schedule: EMULATOR_SCHEDULE }),
    });
    session.onClose(() => worker.close());
  }
  let latest: BatchProgress = await queue.progress(enqueued.batchId);
  const refresh = async () => {
    latest = await queue.progress(enqueued.batchId);
    prepared.view.update(latest);
  };
  const timer = setInterval(() => void refresh().catch(() => {}), 500);
  try {
    prepared.view.update(latest);
    for await (const outcome of queue.results(enqueued.batchId, {
      signal: session.signal,
    }) as AsyncIterable<BatchItemOutcome>) {
      await prepared.report.item(outcome);
    }
  } finally {
    clearInterval(timer);
  }
  if (session.signal.aborted) {
    prepared.view.stop();
    session.io.stderr.write(
      `interrupted: batch ${enqueued.batchId} goes on in Redis; follow it with \`grok-imagine batch status ${enqueued.batchId}\`\n`,
    );
    return EXIT_CODES.interrupted;
  }
  await refresh();
  prepared.view.stop();
  return prepared.report.finish(enqueued.batchId, latest);
}

/**
 * `grok-imagine batch run <requests.jsonl>`: one request per line; bad lines are reported with their
 * numbers and skipped (or, with --strict, nothing is enqueued). Without --redis the batch runs in this
 * process on the journal; with it, items go to Redis and this process works them too (--workers).
 */
export function registerBatchRunCommand(batch: Command, context: CommandContext): Command {
  const command = batch
    .command('run')
    .description('run a JSON-lines file of requests as a batch (in this process, or on Redis with --redis)')
    .argument('<requests.jsonl>', 'one request object per line, optionally with a "key"')
    .option('--workers <n>', 'items at once in this process (default 4; with --redis, 0 only enqueues)')
    .option('--strict', 'refuse the whole file when a line is bad (default: report and skip it)')
    .option(
      '--batch-id <id>',
      'batch id (default: from the file content, so running it again continues the batch)',
    )
    .option('--no-download', 'do not download the outputs to --out');
  addRedisOptions(command, false);
  return command.action(
    sessionAction<RunFlags>(context, async (session, [file], flags) => {
      const url = redisUrlOf(flags, session.io, false);
      const workers = parseCount('workers', flags.workers, 4, url === undefined ? 1 : 0);
      const prepared = await prepare(session, file!, flags);
      return url === undefined
        ? runInProcess(session, prepared, workers)
        : runOnRedis(session, prepared, url, flags, workers);
    }),
  );
}
