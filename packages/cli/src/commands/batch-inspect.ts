import type { Command } from 'commander';
import { createBatchQueue } from '@grok-imagine/queue';
import { addRedisOptions, type RedisFlags, redisUrlOf } from './batch-options.ts';
import { describeBatchProgress } from './batch-progress.ts';
import { BatchReport } from './batch-report.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** `grok-imagine batch status|results|cancel <batchId> --redis URL`. */
export function registerBatchInspectCommands(batch: Command, context: CommandContext): Command[] {
  const status = batch.command('status').description("a batch's counts and spend").argument('<batchId>');
  addRedisOptions(status, true).action(
    sessionAction<RedisFlags>(context, async (session, [batchId], flags) => {
      const queue = createBatchQueue({
        connection: redisUrlOf(flags, session.io, true) as string,
        prefix: flags.prefix,
      });
      session.onClose(() => queue.close());
      const progress = await queue.progress(batchId!);
      session.output.result(
        { batch: { batchId, ...progress } },
        `batch ${batchId}: ${describeBatchProgress(progress)}`,
      );
      return 0;
    }),
  );

  const results = batch
    .command('results')
    .description("a batch's outcomes (--json: one line per item); waits for running items unless --no-follow")
    .argument('<batchId>')
    .option('--no-follow', 'only the items that have ended so far')
    .option('--download', 'save the outputs of done items to --out');
  addRedisOptions(results, true).action(
    sessionAction<RedisFlags & { follow: boolean; download?: boolean }>(
      context,
      async (session, [batchId], flags) => {
        const queue = createBatchQueue({
          connection: redisUrlOf(flags, session.io, true) as string,
          prefix: flags.prefix,
        });
        session.onClose(() => queue.close());
        const report = new BatchReport(session, flags.download ? session.outDir : undefined);
        for await (const outcome of queue.results(batchId!, { follow: flags.follow, signal: session.signal }))
          await report.item(outcome);
        return report.finish(batchId!, await queue.progress(batchId!));
      },
    ),
  );

  const cancel = batch
    .command('cancel')
    .description("stop a batch's unsubmitted items; cancel running jobs where the provider can")
    .argument('<batchId>');
  addRedisOptions(cancel, true).action(
    sessionAction<RedisFlags>(context, async (session, [batchId], flags) => {
      const queue = createBatchQueue({
        connection: redisUrlOf(flags, session.io, true) as string,
        prefix: flags.prefix,
      });
      session.onClose(() => queue.close());
      const progress = await queue.cancel(batchId!);
      session.output.result(
        { batch: { batchId, ...progress } },
        `batch ${batchId} cancelled: ${describeBatchProgress(progress)}`,
      );
      return 0;
    }),
  );
  return [status, results, cancel];
}
