import {
  experimental_generateVideo as generateVideo,
  experimental_getVideoStatus as getVideoStatus,
  experimental_startVideo as startVideo,
  generateImage,
} from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGrokImagine, type GrokImagineMetadata } from '../src/index.ts';
import { type EmulatorWorld, loopbackDownload, startEmulatorWorld } from './helpers/emulator-world.ts';

let world: EmulatorWorld;
beforeAll(async () => {
  world = await startEmulatorWorld();
});
afterAll(async () => {
  await world?.emulator.close();
});

const PROVIDERS = ['xai', 'pixazo', 'vydra'] as const;

function isImage(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 12));
  const png = head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = head[0] === 0xff && head[1] === 0xd8;
  const webp = head.subarray(0, 4).toString() === 'RIFF' && head.subarray(8, 12).toString() === 'WEBP';
  return png || jpeg || webp;
}

function isMp4(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(4, 8)).toString() === 'ftyp';
}

function metadataOf(providerMetadata: unknown): GrokImagineMetadata {
  return (providerMetadata as Record<string, unknown>)['grok-imagine'] as GrokImagineMetadata;
}

describe.each(PROVIDERS)('the AI SDK functions on %s (emulator)', (provider) => {
  it('generateImage returns image bytes fetched without a key, with job, cost and quote metadata', async () => {
    const gi = createGrokImagine(world.config(provider));
    const mediaBefore = world.emulator.mediaRequests.length;
    const requestsBefore = world.emulator.requests.length;
    const result = await generateImage({
      model: gi.image('grok-imagine-image'),
      prompt: 'A fox in the snow',
      aspectRatio: '16:9',
    });
    expect(result.images).toHaveLength(1);
    expect(isImage(result.image.uint8Array)).toBe(true);
    const entry = (
      result.providerMetadata['grok-imagine']!.images as { jobId: string; provider: string }[]
    )[0]!;
    expect(entry.provider).toBe(provider);
    expect(entry.jobId.startsWith(`${provider}:`)).toBe(true);
    const call = metadataOf(result.calls[0]!.providerMetadata);
    expect(call).toMatchObject({ jobId: entry.jobId, provider, type: 'text-to-image', status: 'done' });
    expect(call.quote?.provider).toBe(provider);
    // Pixazo publishes no price for its standard image endpoint; the others have one.
    if (provider !== 'pixazo') expect(call.cost).toMatchObject({ quoted: false });
    const posts = world.emulator.requests
      .slice(requestsBefore)
      .filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.provider)).toEqual([provider]);
    const media = world.emulator.mediaRequests.slice(mediaBefore);
    expect(media.every((request) => !request.hadApiKey)).toBe(true);
  });

  it('experimental_generateVideo (doGenerate, the sdk polls) returns the video and its cost', async () => {
    const gi = createGrokImagine(world.config(provider));
    const result = await generateVideo({
      model: gi.video('grok-imagine-video'),
      prompt: 'Waves on rocks',
      duration: 6,
      download: loopbackDownload,
    });
    expect(isMp4(result.video.uint8Array)).toBe(true);
    const metadata = metadataOf(result.providerMetadata);
    expect(metadata).toMatchObject({ provider, type: 'text-to-video', status: 'done' });
    expect(metadata.cost).toMatchObject({ quoted: false });
    expect(metadata.cost!.usd).toBeGreaterThan(0);
    expect(metadata.quote?.provider).toBe(provider);
  });

  it('experimental_generateVideo with poll uses doStart/doStatus on the AI SDK loop', async () => {
    const gi = createGrokImagine(world.config(provider));
    const delays: number[] = [];
    const result = await generateVideo({
      model: gi.video('grok-imagine-video'),
      prompt: 'A kite over a beach',
      duration: 5,
      aspectRatio: '9:16',
      download: loopbackDownload,
      poll: {
        intervalMs: 1000,
        delay: async (ms) => {
          delays.push(ms);
          world.clock.advance(ms);
        },
      },
    });
    expect(isMp4(result.video.uint8Array)).toBe(true);
    expect(delays.length).toBeGreaterThan(0);
    expect(metadataOf(result.providerMetadata)).toMatchObject({ provider, status: 'done' });
  });

  it('startVideo in one provider instance, getVideoStatus in another after a JSON round trip', async () => {
    const starter = createGrokImagine(world.config(provider));
    const started = await startVideo({
      model: starter.video('grok-imagine-video'),
      prompt: 'A lighthouse at dusk',
      duration: 6,
    });
    const stored = JSON.stringify(started.operation);
    expect(JSON.parse(stored)).toEqual({
      jobId: expect.stringMatching(`^${provider}:`),
      type: 'text-to-video',
    });
    // Vydra charges credits at submission and says so; the others are priced from the catalog until done.
    const pendingCost =
      provider === 'vydra' ? { basis: 'reported', quoted: false } : { basis: 'catalog', quoted: true };
    expect(metadataOf(started.providerMetadata)).toMatchObject({ status: 'pending', cost: pendingCost });

    // Another process, configured for another provider: the job id routes the read back.
    const other = PROVIDERS.find((candidate) => candidate !== provider)!;
    const reader = createGrokImagine(world.config(other));
    const model = reader.video('grok-imagine-video');
    let status = await getVideoStatus(model, { operation: JSON.parse(stored) });
    for (let polls = 0; status.status === 'pending' && polls < 20; polls++) {
      world.clock.advance(2000);
      status = await getVideoStatus(model, { operation: JSON.parse(stored) });
    }
    expect(status.status).toBe('completed');
    if (status.status !== 'completed') return;
    expect(status.videos).toEqual([
      { type: 'url', url: expect.stringContaining(world.emulator.mediaURL), mediaType: 'video/mp4' },
    ]);
    expect(metadataOf(status.providerMetadata)).toMatchObject({
      jobId: JSON.parse(stored).jobId,
      provider,
      status: 'done',
    });
  });
});
