import type { ProviderModule } from '../server/provider-module.ts';
import { refundJob } from '../state/create-job.ts';
import { authenticateXai } from './xai-auth.ts';
import { xaiErrors } from './xai-errors.ts';
import { handleXaiImages } from './xai-images.ts';
import { readXaiVideoGeneration } from './xai-video-request.ts';
import { readXaiVideoEdit, readXaiVideoExtension } from './xai-video-source.ts';
import { handleXaiVideoStatus } from './xai-video-status.ts';
import { handleXaiVideoSubmit, xaiStatusLabel } from './xai-videos.ts';

/** The xAI API (`/xai/v1`): images synchronous, videos as polled jobs. */
export const xaiModule: ProviderModule = {
  provider: 'xai',
  prefix: '/xai/v1',
  authenticate: authenticateXai,
  errors: xaiErrors,
  routes: [
    { method: 'POST', pattern: /^\/images\/generations$/, handle: handleXaiImages(false) },
    { method: 'POST', pattern: /^\/images\/edits$/, handle: handleXaiImages(true) },
    {
      method: 'POST',
      pattern: /^\/videos\/generations$/,
      handle: handleXaiVideoSubmit(readXaiVideoGeneration),
    },
    { method: 'POST', pattern: /^\/videos\/edits$/, handle: handleXaiVideoSubmit(readXaiVideoEdit) },
    {
      method: 'POST',
      pattern: /^\/videos\/extensions$/,
      handle: handleXaiVideoSubmit(readXaiVideoExtension),
    },
    { method: 'GET', pattern: /^\/videos\/([^/]+)$/, handle: handleXaiVideoStatus },
  ],
  statusLabel: xaiStatusLabel,
  // xAI does not bill a video that failed.
  onStatusChange: (job, status, state) => {
    if (status === 'failed') refundJob(state, job);
  },
};
