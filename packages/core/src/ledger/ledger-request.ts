import type { Job } from '../job/job.ts';
import type { RequestType } from '../request/request-types.ts';

/**
 * A request as the ledger keeps it: media inputs kept as URLs (or `{ path }`), bytes and data URIs
 * replaced by a placeholder such as `"[bytes: 2048 image/png]"` — a ledger never holds media bytes.
 */
export type LedgerRequest = Record<string, unknown> & { type: RequestType };

const MEDIA_FIELDS = ['image', 'images', 'references', 'video'] as const;

function byteLength(value: unknown): number | undefined {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return value.byteLength;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value.size;
  return undefined;
}

/** One media input as the ledger may keep it: URLs and paths as they are, anything holding bytes as a placeholder. */
function ledgerMedia(media: unknown): unknown {
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

/** A request ready for the ledger: media bytes and data URIs replaced by placeholders. */
export function ledgerRequest(request: { type: RequestType }): LedgerRequest {
  const copy: Record<string, unknown> = { ...request };
  for (const field of MEDIA_FIELDS) {
    const value = copy[field];
    if (value === undefined) continue;
    copy[field] = Array.isArray(value) ? value.map(ledgerMedia) : ledgerMedia(value);
  }
  return copy as LedgerRequest;
}

/**
 * A job ready for the ledger: the provider's raw body and inline output bytes (`data`) dropped, so a
 * record stays one small line. URLs, MIME types and everything else are kept.
 */
export function ledgerJob(job: Job): Job {
  const { raw: _raw, ...rest } = job;
  return { ...rest, outputs: job.outputs.map(({ data: _data, ...output }) => output) };
}
