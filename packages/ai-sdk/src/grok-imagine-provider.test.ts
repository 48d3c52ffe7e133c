import { NoSuchModelError } from '@ai-sdk/provider';
import { createProviderRegistry } from 'ai';
import { describe, expect, it } from 'vitest';
import { wireConfig } from '../test/helpers/nock-setup.ts';
import { createGrokImagine, GrokImagineImageModel, GrokImagineVideoModel } from './index.ts';

describe('createGrokImagine', () => {
  it('makes the four models by their neutral ids; the provider comes from the config', () => {
    const gi = createGrokImagine(wireConfig('vydra'));
    expect(gi.specificationVersion).toBe('v4');
    expect(gi.imagine.provider).toBe('vydra');
    const image = gi.image('grok-imagine-image-pro');
    expect(image).toBeInstanceOf(GrokImagineImageModel);
    expect(image).toMatchObject({
      specificationVersion: 'v4',
      provider: 'grok-imagine.image',
      modelId: 'grok-imagine-image-pro',
    });
    expect(gi.video('grok-imagine-video-1.5')).toMatchObject({
      modelId: 'grok-imagine-video-1.5',
      maxVideosPerCall: 1,
    });
    expect(gi.imageModel('grok-imagine-image')).toBeInstanceOf(GrokImagineImageModel);
    expect(gi.videoModel('grok-imagine-video')).toBeInstanceOf(GrokImagineVideoModel);
  });

  it('advertises the images one call can make on every provider of the order', () => {
    expect(createGrokImagine(wireConfig('xai')).image('grok-imagine-image').maxImagesPerCall).toBe(10);
    expect(createGrokImagine(wireConfig('pixazo')).image('grok-imagine-image').maxImagesPerCall).toBe(4);
    // Vydra makes one image per job: a fallback to it caps the batch for the whole order.
    expect(
      createGrokImagine(wireConfig('xai', { fallback: ['vydra'] })).image('grok-imagine-image')
        .maxImagesPerCall,
    ).toBe(1);
  });

  it('refuses unknown model ids and model kinds Grok Imagine has not, with NoSuchModelError', () => {
    const gi = createGrokImagine(wireConfig('xai'));
    const attempts = [
      () => gi.image('dall-e-3' as never),
      () => gi.video('grok-imagine-image' as never),
      () => gi.languageModel('grok-4'),
      () => gi.embeddingModel('x'),
    ];
    for (const attempt of attempts) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(NoSuchModelError.isInstance(thrown)).toBe(true);
    }
  });

  it('works in the AI SDK provider registry', () => {
    const registry = createProviderRegistry({ gi: createGrokImagine(wireConfig('pixazo')) });
    expect(registry.imageModel('gi:grok-imagine-image')).toMatchObject({ modelId: 'grok-imagine-image' });
    expect(registry.videoModel('gi:grok-imagine-video-1.5')).toMatchObject({
      modelId: 'grok-imagine-video-1.5',
    });
    expect(() => registry.imageModel('gi:nope' as never)).toThrow(NoSuchModelError);
  });
});
