import { GrokImagineError, type Job } from '@grok-imagine/sdk/node';
import type { CliIo } from '../cli-io.ts';
import { printableJob, toJsonDocument } from '../output/to-json.ts';
import { PaidJobError } from './paid-job-error.ts';
import { exitCodeFor } from './exit-codes.ts';
import { hintFor } from './hints.ts';

/** How `reportError` prints. */
export interface ReportErrorOptions {
  /** Also print the error as the JSON document on stdout. */
  json: boolean;
  /** Extra hint lines from the command (e.g. how to resume a job it left running). */
  extraHints?: readonly string[];
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Prints an error as one line on stderr plus a hint line, and with `--json` as a JSON document on
 * stdout (`{ "error": { name, message, code, provider, field, allowed, hints, exitCode }, "job"? }`).
 * Returns the exit code.
 */
export function reportError(io: CliIo, error: unknown, options: ReportErrorOptions): number {
  const exitCode = exitCodeFor(error);
  const hints = [hintFor(error), ...(options.extraHints ?? [])].filter((h): h is string => Boolean(h));
  // A follow-up step that failed for a reason outside the SDK (disk, a bug) shows that cause.
  const unexpected = PaidJobError.isInstance(error) ? error.cause : error;
  if (
    !GrokImagineError.isInstance(unexpected) &&
    io.env['GROK_IMAGINE_DEBUG'] &&
    unexpected instanceof Error
  ) {
    io.stderr.write(`${unexpected.stack ?? unexpected.message}\n`);
  }
  io.stderr.write(`error: ${errorMessage(error)}\n`);
  for (const hint of hints) io.stderr.write(`hint: ${hint}\n`);
  if (exitCode === 1 && !GrokImagineError.isInstance(error)) {
    io.stderr.write(
      'hint: this looks like a bug; set GROK_IMAGINE_DEBUG=1 for a stack trace and report it\n',
    );
  }
  if (options.json) {
    const details = GrokImagineError.isInstance(error)
      ? error.toJSON()
      : { name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) };
    // A failed job's raw provider body is noise for a script; the job itself is what it needs.
    const { job, ...rest } = details as Record<string, unknown> & { job?: Job };
    io.stdout.write(
      toJsonDocument({ error: { ...rest, hints, exitCode }, ...(job && { job: printableJob(job) }) }),
    );
  }
  return exitCode;
}
