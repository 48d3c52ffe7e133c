import { relative } from 'node:path';
import { type GrokImagineError, type Job, type Quote, WaitTimeoutError } from '@grok-imagine/sdk/node';
import { namesItsJob, PaidJobError } from '../errors/paid-job-error.ts';
import { reportInterrupt } from '../errors/report-interrupt.ts';
import { describeJob } from '../output/describe-job.ts';
import { formatQuote } from '../output/format-money.ts';
import { describeState } from '../output/progress-view.ts';
import { printableJob } from '../output/to-json.ts';
import type { Imagine, Session } from '../session.ts';
import { isAbort, jobEndError } from './job-outcome.ts';

/** How `finishJob` behaves. */
export interface FinishOptions {
  /** The quote the job was submitted under, shown beside progress and in the result. */
  quote?: Quote | undefined;
  /** Download outputs when done (default true). */
  download?: boolean;
  /** Replace files that already exist. */
  overwrite?: boolean;
  /** Download directory (default `--out`). */
  dir?: string;
}

/** A finished job with the files its outputs were saved to. */
export interface FinishedJob {
  job: Job;
  files: string[];
}

/**
 * Waits for a job with the progress display, then downloads its outputs. Ctrl-C leaves the job
 * running (exit 130); a failed or expired job throws its error (exit 4); `--timeout` throws
 * `WaitTimeoutError` (exit 5). Returns the job and its files.
 */
export async function waitAndDownload(
  session: Session,
  imagine: Imagine,
  job: Job,
  options: FinishOptions = {},
): Promise<FinishedJob | number> {
  const { progress } = session.output;
  progress.update(job, options.quote ? formatQuote(options.quote) : undefined);
  let final = job;
  if (job.status === 'pending') {
    let shown = job;
    try {
      final = await imagine.wait(job.id, {
        timeoutMs: session.timeoutMs,
        signal: session.signal,
        onProgress: (update) => {
          shown = update;
          progress.update(update);
        },
      });
    } catch (error) {
      if (isAbort(error, session.signal)) return reportInterrupt(session, job, session.jobsResumable);
      if (WaitTimeoutError.isInstance(error)) throw timedOut(shown, session.options.timeout, error);
      throw namesItsJob(error) ? error : new PaidJobError(job, 'wait', error);
    }
  }
  progress.update(final);
  progress.stop();
  if (final.status !== 'done') throw jobEndError(final);
  if (options.download === false) return { job: final, files: [] };
  let files: string[];
  try {
    files = await imagine.download(final, {
      dir: options.dir ?? session.outDir,
      overwrite: options.overwrite ?? false,
      signal: session.signal,
    });
  } catch (error) {
    // The job is done and paid for: whatever broke (network, disk, an existing file), name it.
    throw new PaidJobError(final, 'download', error);
  }
  return { job: final, files };
}

/**
 * The `--timeout` error, naming the state the progress line last showed (`queued`, `processing
 * 40%`…), which is more than the SDK's neutral `pending`.
 */
function timedOut(shown: Job, timeout: string | undefined, cause: GrokImagineError): WaitTimeoutError {
  const progress = shown.progress === undefined ? '' : ` ${Math.round(shown.progress)}%`;
  return new WaitTimeoutError(
    `Gave up waiting for job ${shown.id} after --timeout ${timeout} s; it was last seen ${describeState(shown)}${progress}. It goes on at ${shown.provider}.`,
    { job: shown, code: 'wait_timeout', cause },
  );
}

/** Prints a finished job: text lines, or `{ job, quote, files }` with `--json`. */
export function printFinished(session: Session, finished: FinishedJob, quote?: Quote): void {
  const files = finished.files.map((file) => relative(session.io.cwd, file) || file);
  const quoted = quote ? formatQuote(quote) : undefined;
  session.output.result(
    { job: printableJob(finished.job), ...(quote && { quote }), files: finished.files },
    describeJob(finished.job, { ...(quoted !== undefined && { quoted }), files }),
  );
}

/** `waitAndDownload` then `printFinished`; returns the exit code. */
export async function finishJob(
  session: Session,
  imagine: Imagine,
  job: Job,
  options: FinishOptions = {},
): Promise<number> {
  const finished = await waitAndDownload(session, imagine, job, options);
  if (typeof finished === 'number') return finished;
  printFinished(session, finished, options.quote);
  return 0;
}
