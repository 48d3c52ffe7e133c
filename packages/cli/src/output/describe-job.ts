import type { Job } from '@grok-imagine/sdk/node';
import { formatCost } from './format-money.ts';
import { describeState } from './progress-view.ts';

/** Labelled lines for a job in text output: id, state, progress, cost, outputs, warnings, error. */
export function describeJob(
  job: Job,
  options: { quoted?: string; files?: readonly string[] } = {},
): string[] {
  const lines = [`job       ${job.id}`, `status    ${describeState(job)}`];
  if (job.status === 'pending' && job.progress !== undefined)
    lines.push(`progress  ${Math.round(job.progress)}%`);
  if (options.quoted !== undefined) lines.push(`quoted    ${options.quoted}`);
  if (job.cost || job.status === 'done') lines.push(`cost      ${formatCost(job.cost)}`);
  for (const file of options.files ?? []) lines.push(`file      ${file}`);
  if (!options.files?.length) {
    for (const output of job.outputs) if (output.url) lines.push(`url       ${output.url}`);
  }
  for (const warning of job.warnings) {
    const field = warning.field ? ` ${warning.field}` : '';
    lines.push(`warning   ${warning.type}${field}${warning.message ? `: ${warning.message}` : ''}`);
  }
  if (job.error) {
    const charged = job.error.charged === false ? ' (not charged)' : '';
    lines.push(`error     ${job.error.code}: ${job.error.message}${charged}`);
  }
  return lines;
}
