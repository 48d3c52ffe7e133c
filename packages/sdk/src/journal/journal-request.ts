import type { GenerationRequest, Job } from '@grok-imagine/core';
import type { JournaledRequest } from './job-record.ts';

const MEDIA_FIELDS = ['image', 'images', 'references', 'video'] as const;

function byteLength(value: unknown): number | undefined {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return value.byteLength;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value.size;
  return undefined;
}

/** One media input as it may be journaled: URLs and paths as they are, anything holding bytes as a placeholder. */
function journalMedia(media: unknown): unknown {
  if (media instanceof URL) return media.href;
  if (typeof media === 'string') {
    if (!media.startsWith('data:')) return media;
    const mimeType = media.slice(5, media.search(/[;,]/));
    return `[data URI: ${media.length} characters${mimeType ? ` ${mimeType}` : ''}]`;
  }
  const size = byteLength(media);
  if (size !== undefined) return `[bytes: ${size}]`;
  if (typeof media === 'object' && media !== null) {
    if ('path' in media) return { path: (media as { path: string }).path };
    if ('data' in media) {
      const { data, mimeType } = media as { data: unknown; mimeType?: string };
      return `[bytes: ${byteLength(data) ?? '?'}${mimeType ? ` ${mimeType}` : ''}]`;
    }
  }
  return '[media]';
}

/** A request ready for the journal: media bytes and data URIs replaced by placeholders. */
export function journalRequest(request: GenerationRequest): JournaledRequest {
  const copy: Record<string, unknown> = { ...request };
  for (const field of MEDIA_FIELDS) {
    const value = copy[field];
    if (value === undefined) continue;
    copy[field] = Array.isArray(value) ? value.map(journalMedia) : journalMedia(value);
  }
  return copy as JournaledRequest;
}

/**
 * A job ready for the journal: the provider's raw body and inline output bytes (`data`) dropped, so a
 * record stays one small line. URLs, MIME types and everything else are kept.
 */
export function journalJob(job: Job): Job {
  const { raw: _raw, ...rest } = job;
  return { ...rest, outputs: job.outputs.map(({ data: _data, ...output }) => output) };
}
