import { type Job, parseJobId } from '@grok-imagine/core';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
};

/** File extension for a MIME type: the usual one, else the subtype made safe, else `bin`. */
export function extensionFor(mimeType: string): string {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  const known = EXTENSIONS[type];
  if (known) return known;
  const subtype = (type.split('/')[1] ?? '').replace(/[^a-z0-9]/g, '');
  return subtype.length > 0 && subtype.length <= 8 ? subtype : 'bin';
}

// Provider ids are opaque: keep only characters that are safe in a file name on every OS.
function sanitize(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 100);
  return safe.length > 0 ? safe : 'job';
}

/** `<provider>-<provider job id, sanitized>-<output index>.<ext>`, e.g. `xai-d97415a1-0.mp4`. */
export function outputFileName(job: Pick<Job, 'id'>, index: number, mimeType: string): string {
  const { provider, providerJobId } = parseJobId(job.id);
  return `${provider}-${sanitize(providerJobId)}-${index}.${extensionFor(mimeType)}`;
}
