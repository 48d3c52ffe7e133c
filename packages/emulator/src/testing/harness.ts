import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator } from '../emulator/start-emulator.ts';
import type { Emulator } from '../emulator/emulator.ts';
import type { EmulatorOptions } from '../emulator/emulator-options.ts';
import { DEFAULT_EMULATOR_KEYS } from '../emulator/emulator-options.ts';
import { type ManualClock, createManualClock } from '../state/clock.ts';

/** An emulator on a manual clock, for tests. */
export interface TestEmulator {
  emulator: Emulator;
  clock: ManualClock;
}

/**
 * Starts an emulator with a manual clock, seed 1, fixed timings (image 1 s, video 3 s, media TTL
 * 60 s) and no rate limits unless the options say otherwise.
 */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const clock = createManualClock();
  const emulator = await startEmulator({
    seed: 1,
    clock,
    timings: { imageMs: 1000, videoMs: 3000, expireAfterMs: 60_000 },
    rateLimits: { xai: false, pixazo: false, vydra: false },
    tickMs: 10_000,
    ...options,
  });
  return { emulator, clock };
}

/** A parsed HTTP answer. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  json: unknown;
}

/** A plain fetch that reads the body once and parses it if it is JSON. */
export async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** JSON request init with the provider's auth header. */
export function authed(
  provider: 'xai' | 'pixazo' | 'vydra',
  body?: unknown,
  extra: Record<string, string> = {},
  key: string = DEFAULT_EMULATOR_KEYS[provider],
): RequestInit {
  const auth: Record<string, string> =
    provider === 'pixazo' ? { 'Ocp-Apim-Subscription-Key': key } : { Authorization: `Bearer ${key}` };
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', ...auth, ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** A local HTTP server that records every POST it receives. */
export interface WebhookReceiver {
  url: string;
  received: Array<{ body: unknown; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Starts a {@link WebhookReceiver} on 127.0.0.1. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: WebhookReceiver['received'] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      received.push({ body: JSON.parse(Buffer.concat(parts).toString('utf8')), headers: req.headers });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
