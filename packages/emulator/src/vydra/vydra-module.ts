import type { ProviderModule } from '../server/provider-module.ts';
import { refundJob } from '../state/create-job.ts';
import { handleVydraOrganization, handleVydraRateLimits } from './vydra-account.ts';
import { authenticateVydra } from './vydra-auth.ts';
import { vydraErrors, vydraRateHeaders, vydraError } from './vydra-errors.ts';
import { vydraJobBody, vydraStatusLabel } from './vydra-job-body.ts';
import { handleVydraCancelJob, handleVydraGetJob, handleVydraListJobs } from './vydra-jobs.ts';
import { handleVydraSubmit } from './vydra-submit.ts';

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

/** The Vydra API (`/vydra/api/v1`): one model endpoint, jobs, organization, rate limits. */
export const vydraModule: ProviderModule = {
  provider: 'vydra',
  prefix: '/vydra/api/v1',
  authenticate: authenticateVydra,
  errors: vydraErrors,
  routes: [
    { method: 'POST', pattern: /^\/models\/grok-imagine$/, handle: handleVydraSubmit },
    {
      method: 'POST',
      pattern: /^\/models\/([^/]+)$/,
      handle: (_req, call) => vydraError(404, `Model ${call.params[0]} not found`, 'MODEL_NOT_FOUND'),
    },
    { method: 'GET', pattern: /^\/jobs$/, handle: handleVydraListJobs },
    { method: 'GET', pattern: /^\/jobs\/([^/]+)$/, handle: handleVydraGetJob },
    { method: 'DELETE', pattern: /^\/jobs\/([^/]+)$/, handle: handleVydraCancelJob },
    { method: 'GET', pattern: /^\/organization$/, handle: handleVydraOrganization },
    { method: 'GET', pattern: /^\/account\/rate-limits$/, handle: handleVydraRateLimits },
  ],
  statusLabel: vydraStatusLabel,
  onStatusChange: (job, status, state) => {
    // Vydra refunds credits when a job fails after charging.
    if (status === 'failed') refundJob(state, job);
    if (job.webhook && TERMINAL.has(status)) {
      state.webhooks.send('vydra', job.id, job.webhook.url, status, vydraJobBody(job, state.clock.now()));
    }
  },
  decorate: (response, rate) => ({
    ...response,
    headers: { ...vydraRateHeaders(rate), ...response.headers },
  }),
};
