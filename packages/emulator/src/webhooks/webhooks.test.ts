import { afterEach, describe, expect, it } from 'vitest';
import { PIXAZO_EXAMPLES } from '../testing/doc-examples.ts';
import {
  type TestEmulator,
  type WebhookReceiver,
  authed,
  send,
  startTestEmulator,
  startWebhookReceiver,
} from '../testing/harness.ts';

let t: TestEmulator;
let receiver: WebhookReceiver;

afterEach(async () => {
  await t.emulator.close();
  await receiver.close();
});

const example = PIXAZO_EXAMPLES[4];

async function setUp(options: Parameters<typeof startTestEmulator>[0] = {}): Promise<void> {
  receiver = await startWebhookReceiver();
  t = await startTestEmulator({ allowHttpWebhooks: true, ...options });
}

function submitPixazo(headers: Record<string, string>) {
  return send(
    `${t.emulator.pixazoBaseURL}/${example.model}/v1/${example.path}`,
    authed('pixazo', example.body, headers),
  );
}

describe('Pixazo webhooks', () => {
  it('terminal mode posts exactly once, the status body, at COMPLETED', async () => {
    await setUp();
    const answer = await submitPixazo({ 'X-Webhook-URL': receiver.url });
    const id = (answer.json as { request_id: string }).request_id;
    t.clock.advance(1500);
    await t.emulator.settle();
    expect(receiver.received).toHaveLength(0);
    t.clock.advance(5000);
    await t.emulator.settle();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.body).toMatchObject({
      request_id: id,
      status: 'COMPLETED',
      output: { media_type: 'video/mp4' },
    });
    expect(receiver.received[0]!.headers['content-type']).toBe('application/json');
    expect(receiver.received[0]!.headers.authorization).toBeUndefined();
    expect(receiver.received[0]!.headers['ocp-apim-subscription-key']).toBeUndefined();
  });

  it('sync mode posts every status change plus the terminal one', async () => {
    await setUp();
    await submitPixazo({ 'X-Webhook-URL': receiver.url, 'X-Webhook-Mode': 'sync' });
    await t.emulator.settle();
    t.clock.advance(1500);
    await t.emulator.settle();
    t.clock.advance(5000);
    await t.emulator.settle();
    expect(receiver.received.map((r) => (r.body as { status: string }).status)).toEqual([
      'QUEUED',
      'PROCESSING',
      'COMPLETED',
    ]);
  });

  it('delivers every callback twice with webhookDuplicates', async () => {
    await setUp({ webhookDuplicates: true });
    await submitPixazo({ 'X-Webhook-URL': receiver.url, 'X-Webhook-Mode': 'terminal' });
    t.clock.advance(10_000);
    await t.emulator.settle();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]!.body).toEqual(receiver.received[1]!.body);
    expect(t.emulator.webhookDeliveries.map((d) => [d.attempt, d.responseStatus])).toEqual([
      [1, 200],
      [2, 200],
    ]);
  });

  it('refuses http:// callback URLs unless allowHttpWebhooks, and unknown modes', async () => {
    await setUp({ allowHttpWebhooks: false });
    const http = await submitPixazo({ 'X-Webhook-URL': receiver.url });
    expect(http.status).toBe(400);
    expect(http.json).toEqual({
      error: 'Invalid webhook URL',
      message: 'X-Webhook-URL must use HTTPS: plain http:// URLs are rejected',
    });
    const mode = await submitPixazo({
      'X-Webhook-URL': 'https://example.com/hook',
      'X-Webhook-Mode': 'always',
    });
    expect(mode.status).toBe(400);
    expect(t.emulator.jobs.size).toBe(0);
  });

  it('even with allowHttpWebhooks, accepts http only on loopback hosts', async () => {
    await setUp();
    const remote = await submitPixazo({ 'X-Webhook-URL': 'http://example.com/hook' });
    expect(remote.status).toBe(400);
  });
});

describe('Vydra webhookUrl', () => {
  it('posts the job body when the video completes', async () => {
    await setUp();
    const answer = await send(
      `${t.emulator.vydraBaseURL}/models/grok-imagine`,
      authed('vydra', { prompt: 'a cat', model: 'text-to-video', webhookUrl: receiver.url }),
    );
    const { jobId } = answer.json as { jobId: string };
    t.clock.advance(10_000);
    await t.emulator.settle();
    expect(receiver.received.map((r) => r.body)).toEqual([
      expect.objectContaining({
        id: jobId,
        status: 'completed',
        output: expect.objectContaining({ duration: 6 }),
      }),
    ]);
  });

  it('refuses an http webhookUrl by default with INVALID_URL', async () => {
    await setUp({ allowHttpWebhooks: false });
    const answer = await send(
      `${t.emulator.vydraBaseURL}/models/grok-imagine`,
      authed('vydra', { prompt: 'a cat', webhookUrl: receiver.url }),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'INVALID_URL' });
  });
});
