import { createClient, UnsupportedError, ValidationError } from '@grok-imagine/core';
import { describe, expect, it } from 'vitest';
import { createXaiAdapter } from './adapter.ts';
import { XAI_CAPABILITIES } from './capabilities.ts';
import { XAI_ENDPOINTS } from './endpoints.ts';
import { XAI_DEFAULT_LIMITS } from './limits.ts';

// client.quote runs core's capability check against XAI_CAPABILITIES without any network.
const client = createClient(createXaiAdapter({ env: {} }));
const strict = createClient(createXaiAdapter({ env: {} }), { strict: true });
const URL_A = 'https://e.com/a.jpg';

describe('XAI_CAPABILITIES', () => {
  it('declares all seven request types, no cancel, no webhooks, inline media, 15 concurrent jobs', () => {
    expect(Object.keys(XAI_CAPABILITIES.types).sort()).toEqual([
      'image-edit',
      'image-to-video',
      'reference-to-video',
      'text-to-image',
      'text-to-video',
      'video-edit',
      'video-extend',
    ]);
    expect(XAI_CAPABILITIES).toMatchObject({
      cancel: false,
      webhooks: false,
      inlineMedia: true,
      maxConcurrentJobs: 15,
    });
  });

  it('accepts every documented image aspect ratio including auto, and n up to 10', () => {
    for (const aspectRatio of ['1:1', '19.5:9', '9:20', '2:1', 'auto'] as const)
      expect(() => client.quote({ type: 'text-to-image', prompt: 'x', aspectRatio, n: 10 })).not.toThrow();
    expect(() => client.quote({ type: 'text-to-image', prompt: 'x', n: 11 })).toThrow(
      'n 11 is not supported by xai for text-to-image; allowed: 1–10.',
    );
  });

  it("takes 'auto' video aspect ratio only for image-to-video", () => {
    expect(() =>
      client.quote({ type: 'image-to-video', prompt: 'x', image: URL_A, aspectRatio: 'auto' }),
    ).not.toThrow();
    expect(() => client.quote({ type: 'text-to-video', prompt: 'x', aspectRatio: 'auto' })).toThrow(
      ValidationError,
    );
  });

  it('warns that xAI picks the image format itself; strict mode refuses it', () => {
    const adapter = createXaiAdapter({ env: {} });
    expect(adapter.capabilities.types['text-to-image']?.fields.format).toEqual({
      kind: 'ignored',
      reason: 'xAI picks the image format itself (usually JPEG)',
    });
    expect(() => strict.quote({ type: 'text-to-image', prompt: 'x', format: 'png' })).toThrow(
      UnsupportedError,
    );
  });

  it('is derived from the endpoint table, type by type', () => {
    for (const [type, endpoint] of Object.entries(XAI_ENDPOINTS)) {
      expect(XAI_CAPABILITIES.types[type as keyof typeof XAI_ENDPOINTS]?.fields).toBe(endpoint.fields);
    }
  });

  it('takes video ratios and resolutions from core’s shared vocabulary', () => {
    expect(XAI_CAPABILITIES.types['text-to-video']?.fields.aspectRatio).toEqual({
      kind: 'enum',
      values: ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3'],
    });
    expect(XAI_CAPABILITIES.types['text-to-video']?.fields.resolution).toEqual({
      kind: 'enum',
      values: ['480p', '720p', '1080p'],
    });
  });

  it('allows 1–7 references at up to 720p and 10 s (docs.x.ai reference-to-video)', () => {
    expect(XAI_CAPABILITIES.types['reference-to-video']?.fields.duration).toEqual({
      kind: 'range',
      min: 1,
      max: 10,
      unit: 's',
    });
    const refs = Array.from({ length: 7 }, () => URL_A);
    expect(() => client.quote({ type: 'reference-to-video', prompt: 'x', references: refs })).not.toThrow();
    expect(() =>
      client.quote({ type: 'reference-to-video', prompt: 'x', references: [...refs, URL_A] }),
    ).toThrow('references 8 items is not supported by xai for reference-to-video; allowed: 1–7 items.');
  });

  it('documents the 8.7 s video-edit input limit', () => {
    expect(XAI_CAPABILITIES.types['video-edit']?.notes).toContain(
      'The source video may be at most 8.7 seconds long.',
    );
  });
});

describe('XAI_DEFAULT_LIMITS', () => {
  it('holds image 5/s, video 1/s and 60/min overall', () => {
    expect(XAI_DEFAULT_LIMITS).toEqual([
      { key: 'image', limit: 5, intervalMs: 1_000 },
      { key: 'video', limit: 1, intervalMs: 1_000 },
      { key: '*', limit: 60, intervalMs: 60_000 },
    ]);
  });
});
