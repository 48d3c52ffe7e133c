import {
  AuthenticationError,
  JobFailedError,
  UnsupportedError,
  ValidationError,
  WaitTimeoutError,
} from '@grok-imagine/sdk/node';
import { describe, expect, it } from 'vitest';
import { JOB_ALREADY_ENDED } from '../commands/cancel-job.ts';
import { flagForField, hintFor } from './hints.ts';

describe('hintFor', () => {
  it('names the env var to set when a key is missing', () => {
    const error = new AuthenticationError('No API key for pixazo', {
      provider: 'pixazo',
      code: 'missing_api_key',
    });
    expect(hintFor(error)).toBe(
      'set PIXAZO_API_KEY (or providers.pixazo.apiKey in grok-imagine.config.json), or pass --emulator to try it locally',
    );
  });

  it('says the key was rejected when the provider refused it', () => {
    const error = new AuthenticationError('xai 401', { provider: 'xai', status: 401 });
    expect(hintFor(error)).toContain('xai rejected the key: check XAI_API_KEY');
  });

  it('names the flag and the values the provider allows for a validation error', () => {
    const error = new ValidationError('duration 99 is out of range', {
      field: 'duration',
      provider: 'pixazo',
      value: 99,
      allowed: [6, 10],
    });
    expect(hintFor(error)).toBe('--duration on pixazo allows: 6, 10');
    const ratio = new ValidationError('bad ratio', { field: 'aspectRatio', allowed: '1:1 or 16:9' });
    expect(hintFor(ratio)).toBe('--aspect-ratio allows: 1:1 or 16:9');
  });

  it('tells how to pick up a job a wait gave up on', () => {
    const job = { id: 'xai:abc', provider: 'xai' } as never;
    expect(hintFor(new WaitTimeoutError('slow', { job }))).toContain('`grok-imagine wait xai:abc`');
    expect(hintFor(new JobFailedError('failed', { job }))).toContain('grok-imagine status xai:abc');
  });

  it('reads the SDK error code where the class alone is too broad', () => {
    const cancel = new UnsupportedError('xai has no cancel endpoint', {
      provider: 'xai',
      code: 'cancel_unsupported',
    });
    expect(hintFor(cancel)).toBe('only Vydra jobs can be cancelled; the job keeps running');
    const exists = new ValidationError('out/a.jpg already exists', { field: 'path', code: 'file_exists' });
    expect(hintFor(exists)).toBe('pass --overwrite to replace it, or choose another --out');
  });

  it('points unsupported media at a URL, and only a missing request type at compare', () => {
    const hint = (provider: 'xai' | 'pixazo' | 'vydra', code: string) =>
      hintFor(new UnsupportedError('no', { provider, code }));
    expect(hint('xai', 'video_url_required')).toBe(
      'host the video where xAI can fetch it and pass its https:// URL; xAI takes no local video file',
    );
    expect(hint('vydra', 'inline_media_unsupported')).toBe(
      'pass an https:// URL that vydra can fetch; xai takes local images (--provider xai), and in the SDK an uploadMedia hook can host local files',
    );
    expect(hint('pixazo', 'public_url_required')).toContain('pass an https:// URL that pixazo can fetch');
    expect(hint('xai', 'image_job_not_stored')).toMatch(/^xAI image jobs end at submit/);
    expect(hint('vydra', 'unsupported_request_type')).toBe(
      'run `grok-imagine compare <type> <prompt>` to see which providers support it',
    );
  });

  it('explains a job id without naming a flag, and a cancel that came too late', () => {
    const id = new ValidationError('bad id', { field: 'id', value: 'x', allowed: '<provider>:<id>' });
    expect(hintFor(id)).toMatch(/^a job id is <provider>:<provider job id>/);
    const ended = new ValidationError('ended', { field: 'id', value: 'vydra:j1', code: JOB_ALREADY_ENDED });
    expect(hintFor(ended)).toBe('nothing to cancel: `grok-imagine status vydra:j1` shows how it ended');
  });

  it('has nothing to add for errors it does not know', () => {
    expect(hintFor(new Error('plain'))).toBeUndefined();
  });
});

describe('flagForField', () => {
  it('turns neutral field paths into the flags a user types', () => {
    expect(flagForField('aspectRatio')).toBe('--aspect-ratio');
    expect(flagForField('images[1]')).toBe('--image');
    expect(flagForField('references')).toBe('--reference');
    expect(flagForField('duration')).toBe('--duration');
  });
});
