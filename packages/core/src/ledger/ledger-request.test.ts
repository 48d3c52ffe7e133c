import type { Job } from '../job/job.ts';
import { describe, expect, it } from 'vitest';
import { ledgerJob, ledgerRequest } from './ledger-request.ts';

describe('ledgerRequest', () => {
  it('keeps URLs and paths, and replaces bytes and data URIs with placeholders', () => {
    const request = {
      type: 'image-edit' as const,
      prompt: 'make it blue',
      images: [
        'https://cdn.example/cat.png',
        'data:image/png;base64,iVBORw0KGgo=',
        new Uint8Array(2048),
        { data: new Uint8Array(10), mimeType: 'image/webp' },
        { path: './dog.jpg' },
        new URL('https://cdn.example/u.jpg'),
      ],
    };
    const journaled = ledgerRequest(request);
    expect(journaled).toEqual({
      type: 'image-edit',
      prompt: 'make it blue',
      images: [
        'https://cdn.example/cat.png',
        '[data URI: 34 characters image/png]',
        '[bytes: 2048]',
        '[bytes: 10 image/webp]',
        { path: './dog.jpg' },
        'https://cdn.example/u.jpg',
      ],
    });
    expect(JSON.stringify(journaled)).not.toContain('iVBOR');
  });
});

describe('ledgerJob', () => {
  it('drops raw bodies and inline output bytes but keeps everything else', () => {
    const job: Job = {
      id: 'xai:1',
      provider: 'xai',
      type: 'text-to-image',
      status: 'done',
      outputs: [
        { data: 'AAAA', mimeType: 'image/jpeg' },
        { url: 'https://m/x.jpg', mimeType: 'image/jpeg' },
      ],
      warnings: [],
      createdAt: 't',
      updatedAt: 't',
      raw: { big: true },
      cost: { usdTicks: 1, basis: 'reported' },
    };
    expect(ledgerJob(job)).toEqual({
      ...job,
      raw: undefined,
      outputs: [{ mimeType: 'image/jpeg' }, { url: 'https://m/x.jpg', mimeType: 'image/jpeg' }],
    });
    expect('raw' in ledgerJob(job)).toBe(false);
  });
});
