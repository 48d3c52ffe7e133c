import { relative } from 'node:path';
import type { BatchItemOutcome, BatchProgress } from '@grok-imagine/queue';
import { EXIT_CODES } from '../errors/exit-codes.ts';
import type { Session } from '../session.ts';
import { describeBatchProgress } from './batch-progress.ts';

/**
 * Writes a batch's outcomes as they arrive: with `--json` one JSON line per item (`{"item": …}`);
 * otherwise one line per item that did not end done (done items are counted, and downloaded with
 * `--out`). Remembers what decides the exit code.
 */
export class BatchReport {
  #uncertain = 0;
  #failed = 0;
  #downloadFailed = 0;
  #files = 0;

  constructor(
    private readonly session: Session,
    private readonly downloadTo: string | undefined,
  ) {}

  /** Reports one outcome (downloading its outputs first when asked). */
  async item(outcome: BatchItemOutcome): Promise<void> {
    const files: string[] = [];
    let downloadError: string | undefined;
    if (outcome.state === 'done' && outcome.job && this.downloadTo) {
      try {
        files.push(
          // The session's client applies the download settings (private hosts allowed for a loopback base URL).
          ...(await (
            await this.session.imagine()
          ).download(outcome.job, {
            dir: this.downloadTo,
            overwrite: true,
            signal: this.session.signal,
          })),
        );
      } catch (error) {
        downloadError = (error as Error).message;
        this.#downloadFailed++;
      }
    }
    this.#files += files.length;
    if (outcome.state === 'uncertain') this.#uncertain++;
    if (outcome.state === 'failed' || outcome.state === 'expired') this.#failed++;
    const { io } = this.session;
    if (this.session.output.json) {
      io.stdout.write(
        `${JSON.stringify({ item: { ...outcome, files, ...(downloadError && { downloadError }) } })}\n`,
      );
      return;
    }
    const shown = files.map((file) => relative(io.cwd, file) || file);
    if (outcome.state === 'done' && !downloadError) return;
    const lines = [
      `item ${outcome.index} ${outcome.key}: ${outcome.state}${outcome.job ? ` (${outcome.job.id})` : ''}`,
    ];
    if (outcome.error) lines.push(`  ${outcome.error.message}`);
    if (outcome.error?.hint) lines.push(`  check: ${outcome.error.hint}`);
    if (downloadError) lines.push(`  download failed: ${downloadError}`);
    if (shown.length) lines.push(`  saved ${shown.join(', ')}`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }

  /** Prints the closing summary and returns the exit code: 7 uncertain, 4 failed/expired, 6 a download failed, else 0. */
  finish(batchId: string, progress: BatchProgress): number {
    const { io } = this.session;
    if (this.session.output.json) io.stdout.write(`${JSON.stringify({ batch: { batchId, ...progress } })}\n`);
    else {
      const saved = this.downloadTo
        ? ` · ${this.#files} files in ${relative(io.cwd, this.downloadTo) || this.downloadTo}`
        : '';
      io.stdout.write(`batch ${batchId}: ${describeBatchProgress(progress)}${saved}\n`);
    }
    if (this.#uncertain > 0) return EXIT_CODES.uncertain;
    if (this.#failed > 0) return EXIT_CODES.jobFailed;
    if (this.#downloadFailed > 0) return EXIT_CODES.provider;
    return EXIT_CODES.ok;
  }
}
