/**
 * Pixazo webhooks with Express: submit with a callback URL that carries a secret token, and
 * receive the finished job without polling.
 */
import { createImagine, type Job } from '@grok-imagine/sdk';
import { createNodeWebhookHandler, webhookURL } from '@grok-imagine/pixazo';
import express from 'express';

/** At least 16 characters; use a long random string kept out of source control. */
const secret = process.env.PIXAZO_WEBHOOK_SECRET ?? '';

/** Sending: Pixazo calls `https://example.com/hooks/pixazo?token=<secret>` when the job ends. */
export async function submitWithWebhook(): Promise<Job> {
  const imagine = createImagine({ provider: 'pixazo' });
  const url = webhookURL('https://example.com/hooks/pixazo', secret); // https only
  return imagine.submit(
    { type: 'text-to-video', prompt: 'A hot-air balloon at sunrise', duration: 6 },
    { webhook: { url, mode: 'terminal' } }, // 'sync' also calls on every status change
  );
}

/** Receiving: checks the token, answers 200 at once, hands each new job state to `onJob` once. */
export function createWebhookApp(onJob: (job: Job) => Promise<void>): express.Express {
  const app = express();
  app.post('/hooks/pixazo', createNodeWebhookHandler({ secret, onJob }));
  return app;
}
