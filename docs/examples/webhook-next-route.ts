/**
 * Pixazo webhooks in a Next.js App Router route handler, e.g. `app/api/hooks/pixazo/route.ts`.
 * Route handlers take and return standard `Request` / `Response`, so the Fetch-style handler fits.
 */
import type { Job } from '@grok-imagine/sdk';
import { createWebhookHandler, type WebhookHandler } from '@grok-imagine/pixazo';

async function saveJob(job: Job): Promise<void> {
  // Persist quickly (a database row keyed by job.id); do slow work such as downloads elsewhere.
  const urls = job.outputs.map((output) => output.url);
  console.log(job.id, job.status, urls);
}

let handler: WebhookHandler | undefined;

/** `POST /api/hooks/pixazo?token=<secret>`. The handler is built on first use, then reused. */
export async function POST(request: Request): Promise<Response> {
  handler ??= createWebhookHandler({ secret: process.env.PIXAZO_WEBHOOK_SECRET ?? '', onJob: saveJob });
  return handler(request);
}
