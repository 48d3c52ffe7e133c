import type { GenerationRequest } from '@grok-imagine/sdk';

const MEDIA_FIELDS = new Set(['image', 'images', 'references', 'video']);

function placeholder(media: unknown): string {
  return typeof media === 'string' && /^https?:/i.test(media) ? media : '[media]';
}

/** A request for error reports: every field as given, media bytes and data URIs replaced by `[media]`. */
export function describeRequest(request: GenerationRequest): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(request)) {
    if (!MEDIA_FIELDS.has(field)) described[field] = value;
    else described[field] = Array.isArray(value) ? value.map(placeholder) : placeholder(value);
  }
  return described;
}
