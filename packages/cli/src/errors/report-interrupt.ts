import type { Job } from '@grok-imagine/sdk/node';
import type { Session } from '../session.ts';
import { printableJob } from '../output/to-json.ts';
import { EXIT_CODES } from './exit-codes.ts';

/**
 * Ctrl-C during a wait: the job is not cancelled (it may already be paid for), so say which job it
 * is and how to pick it up again — unless it ran on an embedded emulator, which stops with this
 * run. Returns exit code 130.
 */
export function reportInterrupt(session: Session, job: Job, resumable: boolean): number {
  session.output.progress.stop();
  const { stderr } = session.io;
  if (resumable) {
    stderr.write(`interrupted: job ${job.id} is still running on ${job.provider} (not cancelled)\n`);
    stderr.write(
      `hint: run \`grok-imagine resume\` (or \`grok-imagine wait ${job.id}\`) to finish and download it\n`,
    );
  } else {
    stderr.write(`interrupted: job ${job.id} ran on the embedded emulator, which stops now\n`);
  }
  session.output.result({ interrupted: true, job: printableJob(job), exitCode: EXIT_CODES.interrupted }, []);
  return EXIT_CODES.interrupted;
}
