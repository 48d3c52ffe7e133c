// The downloads of the canary suite, in a file of their own: with nock loaded in the same file its
// socket mock breaks off a streamed body the download reads at disk speed, which is a test artefact.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, download, type GenerationRequest, type ProviderId } from '../src/node/index.ts';
import { CANARY_KEYS, leaksOf, recordingLogger } from './helpers/canary.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';
import { doneJob, type MediaServer, startMediaServer } from './helpers/media-server.ts';

let world: EmulatorWorld;
let media: MediaServer;
let dir: string;
const logger = recordingLogger();

beforeAll(async () => {
  world = await startEmulatorWorld({ keys: CANARY_KEYS });
  media = await startMediaServer();
  dir = await mkdtemp(join(tmpdir(), 'sdk-canary-'));
});
afterEach(() => {
  world.emulator.setFaults([]);
});
afterAll(async () => {
  await world?.emulator.close();
  await media?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const VIDEO: GenerationRequest = { type: 'text-to-video', prompt: 'a canary', duration: 6 };
const journalFile = () => join(dir, 'jobs.jsonl');

function imagine(provider: ProviderId, env: Record<string, string> = world.keysEnv) {
  return createImagine({
    env,
    clock: world.clock,
    providers: world.providers,
    provider,
    configFile: false,
    journal: { file: journalFile() },
    logger,
    poll: { initialIntervalMs: 10, maxIntervalMs: 10 },
  });
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** The error and every rendering of it are free of any canary key. */
function expectClean(error: unknown, name: string): void {
  expect((error as Error).name).toBe(name);
  expect(leaksOf(error)).toEqual([]);
}

describe('downloads never carry the key', () => {
  it('a media host that refuses, with no key on any media request', async () => {
    const client = imagine('xai');
    const job = await client.generate(VIDEO);
    world.emulator.setFaults([{ provider: 'media', kind: 'html-403' }]);
    expectClean(await failure(() => client.download(job, { dir, retries: 0 })), 'ProviderError');
    world.emulator.setFaults([]);
    await client.download(job, { dir, overwrite: true });
    expect(world.emulator.mediaRequests.length).toBeGreaterThan(0);
    expect(world.emulator.mediaRequests.every((request) => !request.hadApiKey)).toBe(true);
  });

  it('redirects, private hosts and stalls at a media host that records every header', async () => {
    media.route('/redirect', (_request, response) => response.writeHead(302, { location: '/stall' }).end());
    media.route('/stall', (_request, response) => {
      response.writeHead(200, { 'content-type': 'video/mp4', 'content-length': '100' });
      response.write('x');
    });
    const job = doneJob([{ url: `${media.origin}/redirect`, mimeType: 'video/mp4' }]);
    const options = { dir, allowPrivateHosts: true, stallTimeoutMs: 30, retries: 0 } as const;
    expectClean(await failure(() => download(job, options)), 'RequestTimeoutError');
    expectClean(await failure(() => download(job, { dir })), 'ResponseValidationError');
    expect(media.requests.length).toBe(2);
    expect(leaksOf(media.requests.map((request) => request.headers))).toEqual([]);
  });
});
