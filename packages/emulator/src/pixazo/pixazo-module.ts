import type { ProviderModule } from '../server/provider-module.ts';
import { refundJob } from '../state/create-job.ts';
import { authenticatePixazo } from './pixazo-auth.ts';
import { pixazoErrors } from './pixazo-errors.ts';
import { handlePixazoStatus, pixazoStatusBody, pixazoStatusLabel } from './pixazo-status.ts';
import { handlePixazoSubmit } from './pixazo-submit.ts';

const TERMINAL = new Set(['COMPLETED', 'FAILED', 'ERROR']);

/** The Pixazo gateway (`/pixazo`): one POST per model, one universal status endpoint, webhooks. */
export const pixazoModule: ProviderModule = {
  provider: 'pixazo',
  prefix: '/pixazo',
  authenticate: authenticatePixazo,
  errors: pixazoErrors,
  routes: [
    { method: 'GET', pattern: /^\/v2\/requests\/status\/([^/]+)$/, handle: handlePixazoStatus },
    { method: 'POST', pattern: /^\/([^/]+)\/v1\/([^/]+)$/, handle: handlePixazoSubmit },
  ],
  statusLabel: pixazoStatusLabel,
  onStatusChange: (job, status, state) => {
    // ERROR is documented as "not charged".
    if (status === 'ERROR') refundJob(state, job);
    const hook = job.webhook;
    if (!hook || (hook.mode === 'terminal' && !TERMINAL.has(status))) return;
    state.webhooks.send('pixazo', job.id, hook.url, status, pixazoStatusBody(job, state.clock.now()));
  },
};
