import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagine, download, ResponseValidationError, ValidationError } from '../src/node/index.ts';
import { type EmulatorWorld, startEmulatorWorld } from './helpers/emulator-env.ts';

let world: EmulatorWorld;
let dir: string;
beforeAll(async () => {
  world = await startEmulatorWorld();
  dir = await mkdtemp(join(tmpdir(), 'sdk-download-it-'));
});
afterAll(async () => {
  await world?.emulator.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function imagine(provider: 'xai' | 'pixazo' | 'vydra') {
  return createImagine({
    env: world.keysEnv,
    clock: world.clock,
    providers: world.providers,
    provider,
    configFile: false,
  });
}

describe('download from the emulator media host', () => {
  it.each(['xai', 'pixazo', 'vydra'] as const)(
    'writes exactly the bytes the media host serves for a %s video, with no key on the media request',
    async (provider) => {
      const job = await imagine(provider).generate({
        type: 'text-to-video',
        prompt: 'a red balloon',
        duration: 6,
      });
      const before = world.emulator.mediaRequests.length;
      // The provider's base URL is loopback (the emulator): imagine.download allows its media host.
      const [path] = await imagine(provider).download(job, { dir });
      expect(path).toMatch(new RegExp(`${provider}-[A-Za-z0-9_-]+-0\\.mp4$`));
      const served = Buffer.from(await (await fetch(job.outputs[0]!.url!)).arrayBuffer());
      expect(served.length).toBeGreaterThan(0);
      expect(Buffer.compare(await readFile(path!), served)).toBe(0);
      const media = world.emulator.mediaRequests.slice(before);
      expect(media.length).toBe(2);
      expect(media.every((request) => request.hadApiKey === false)).toBe(true);
    },
  );

  it('refuses to overwrite unless asked', async () => {
    const client = imagine('xai');
    const job = await client.generate({ type: 'text-to-image', prompt: 'a teapot' });
    const [path] = await client.download(job, { dir });
    const before = world.emulator.mediaRequests.length;
    await expect(client.download(job, { dir })).rejects.toBeInstanceOf(ValidationError);
    await expect(client.download(job, { dir })).rejects.toThrow(
      `${path} already exists; pass overwrite: true`,
    );
    expect(world.emulator.mediaRequests.length).toBe(before);
    await expect(client.download(job, { dir, overwrite: true })).resolves.toEqual([path]);
  });

  it('refuses the loopback media host outside imagine.download, or when config says so', async () => {
    const job = await imagine('pixazo').generate({ type: 'text-to-video', prompt: 'fog', duration: 6 });
    const before = world.emulator.mediaRequests.length;
    const refused = download(job, { dir });
    await expect(refused).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(refused).rejects.toMatchObject({ code: 'private_media_host' });
    const strict = createImagine({
      env: world.keysEnv,
      providers: world.providers,
      provider: 'pixazo',
      configFile: false,
      download: { allowPrivateHosts: false },
    });
    await expect(strict.download(job, { dir })).rejects.toMatchObject({ code: 'private_media_host' });
    expect(world.emulator.mediaRequests.length).toBe(before);
  });

  it('takes download limits from config under the call options', async () => {
    const job = await imagine('xai').generate({ type: 'text-to-video', prompt: 'rain', duration: 6 });
    const capped = createImagine({
      env: world.keysEnv,
      providers: world.providers,
      configFile: false,
      download: { maxVideoBytes: 10 },
    });
    await expect(capped.download(job, { dir })).rejects.toMatchObject({ code: 'media_too_large' });
    await expect(capped.download(job, { dir, maxVideoBytes: 100_000_000 })).resolves.toHaveLength(1);
    expect(() => createImagine({ configFile: false, env: {}, download: { stallTimeoutMs: 0 } })).toThrow(
      'Invalid grok-imagine config (createImagine options): download.stallTimeoutMs: must be a number of milliseconds from 1 to 86400000.',
    );
  });

  it('decodes inline (data) outputs without any media request', async () => {
    const job = await imagine('xai').generate({ type: 'text-to-image', prompt: 'a fern', delivery: 'data' });
    expect(job.outputs[0]!.data).toBeDefined();
    const before = world.emulator.mediaRequests.length;
    const [path] = await download(job, { dir });
    expect(Buffer.compare(await readFile(path!), Buffer.from(job.outputs[0]!.data!, 'base64'))).toBe(0);
    expect(world.emulator.mediaRequests.length).toBe(before);
  });
});
