import type { GenerationRequest } from '@grok-imagine/sdk/node';
import { describeJob } from '../output/describe-job.ts';
import { formatQuote } from '../output/format-money.ts';
import { printableJob } from '../output/to-json.ts';
import type { Session } from '../session.ts';
import { finishJob } from './finish-job.ts';

/**
 * What every generation command does: quote, submit (the SDK journals the job before `submit`
 * returns), then — unless `--no-wait` — wait with progress and download into `--out`.
 * A job that comes back already done (synchronous images) is downloaded even with `--no-wait`,
 * because its URLs are temporary.
 */
export async function submitFlow(session: Session, request: GenerationRequest): Promise<number> {
  const imagine = await session.imagine();
  const quote = imagine.quote(request);
  const job = await imagine.submit(request, { signal: session.signal });
  if (session.options.wait === false && job.status === 'pending') {
    session.output.result({ job: printableJob(job), quote }, [
      ...describeJob(job, { quoted: formatQuote(quote) }),
      `next      grok-imagine wait ${job.id}`,
    ]);
    return 0;
  }
  return finishJob(session, imagine, job, { quote });
}
