import type { Command } from 'commander';
import { startWorker } from '@grok-imagine/queue';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import { addRedisOptions, parseCount, type RedisFlags, redactRedisUrl, redisUrlOf } from './batch-options.ts';
import { type CommandContext, sessionAction } from './command-context.ts';

/** `grok-imagine batch worker --redis URL`: works every batch under the prefix until Ctrl-C. */
export function registerBatchWorkerCommand(batch: Command, context: CommandContext): Command {
  const command = batch
    .command('worker')
    .description('work the batches in Redis (run as many as you like, on any machine) until Ctrl-C')
    .option('--concurrency <n>', 'items each stage handles at once (default 16)');
  addRedisOptions(command, true);
  return command.action(
    sessionAction<RedisFlags & { concurrency?: string }>(context, async (session, _args, flags) => {
      const url = redisUrlOf(flags, session.io, true) as string;
      const concurrency = parseCount('concurrency', flags.concurrency, 16);
      const worker = startWorker({
        connection: url,
        prefix: flags.prefix,
        config: await session.config(),
        concurrency,
      });
      session.io.stderr.write(
        `worker: working batches on ${redactRedisUrl(url)} (${worker.imagine.provider}); Ctrl-C stops it\n`,
      );
      await new Promise<void>((resolve) => {
        if (session.signal.aborted) resolve();
        session.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      session.io.stderr.write('worker: finishing the items in hand…\n');
      await worker.close();
      return EXIT_CODES.ok;
    }),
  );
}
