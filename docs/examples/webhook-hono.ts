/** Pixazo webhooks with Hono: the Fetch-style handler takes the raw `Request`. */
import type { Job } from '@grok-imagine/sdk';
import { createWebhookHandler } from '@grok-imagine/pixazo';
import { Hono } from 'hono';

/** Builds the app; create it once, so duplicate deliveries are recognised across requests. */
export function createWebhookApp(secret: string, onJob: (job: Job) => Promise<void>): Hono {
  const handle = createWebhookHandler({ secret, onJob });
  const app = new Hono();
  app.post('/hooks/pixazo', (c) => handle(c.req.raw));
  return app;
}
