import { APICallError } from '@ai-sdk/provider';
import { generateImage } from 'ai';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { wireConfig } from '../test/helpers/nock-setup.ts';
import { createGrokImagine } from './index.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const LOCAL_API = 'http://127.0.0.1:8787';

/** xAI (at `api`) answers with one image at `url`; `media` serves it, so a request to it is seen. */
function imageAt(api: string, url: string) {
  nock(api)
    .post('/v1/images/generations')
    .reply(200, { data: [{ url, respect_moderation: true }], model: 'grok-imagine-image' });
  const { origin, pathname } = new URL(url);
  return nock(origin).get(pathname).reply(200, PNG, { 'content-type': 'image/png' });
}

describe('GrokImagineImageModel and private media hosts', () => {
  it('refuses an image URL on a private host before fetching it (public provider base URL)', async () => {
    const media = imageAt('https://api.x.ai', 'http://169.254.169.254/latest/a.png');
    const gi = createGrokImagine(wireConfig('xai'));
    const failure = await generateImage({ model: gi.image('grok-imagine-image'), prompt: 'A fox' }).catch(
      (error: unknown) => error,
    );
    expect(APICallError.isInstance(failure)).toBe(true);
    expect(failure).toMatchObject({ isRetryable: false });
    expect((failure as APICallError).cause).toMatchObject({
      name: 'ResponseValidationError',
      code: 'private_media_host',
      message:
        'Output from xai: the media host 169.254.169.254 is link-local; refused. Pass allowPrivateHosts: true to download from private hosts.',
    });
    expect(media.isDone()).toBe(false);
  });

  it('fetches loopback media when the provider base URL is loopback (the emulator)', async () => {
    const media = imageAt(LOCAL_API, 'http://127.0.0.1:8788/media/a.png');
    const gi = createGrokImagine(wireConfig('xai', { baseURL: `${LOCAL_API}/v1` }));
    const result = await generateImage({ model: gi.image('grok-imagine-image'), prompt: 'A fox' });
    expect(Buffer.compare(Buffer.from(result.image.uint8Array), PNG)).toBe(0);
    expect(media.isDone()).toBe(true);
  });

  it('follows download.allowPrivateHosts from the config over the base URL, either way', async () => {
    const refused = imageAt(LOCAL_API, 'http://127.0.0.1:8788/media/a.png');
    const strict = createGrokImagine(
      wireConfig('xai', { baseURL: `${LOCAL_API}/v1`, download: { allowPrivateHosts: false } }),
    );
    await expect(
      generateImage({ model: strict.image('grok-imagine-image'), prompt: 'A fox' }),
    ).rejects.toThrow('the media host 127.0.0.1 is loopback; refused.');
    expect(refused.isDone()).toBe(false);
    nock.cleanAll();
    const allowed = imageAt('https://api.x.ai', 'http://10.0.0.5/a.png');
    const open = createGrokImagine(wireConfig('xai', { download: { allowPrivateHosts: true } }));
    const result = await generateImage({ model: open.image('grok-imagine-image'), prompt: 'A fox' });
    expect(result.images).toHaveLength(1);
    expect(allowed.isDone()).toBe(true);
  });
});
