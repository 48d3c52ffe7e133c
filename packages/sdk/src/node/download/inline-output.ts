import type { JobOutput } from '@grok-imagine/core';
import { bareMimeType, type MediaKind } from './media-content-type.ts';
import { mediaRefusal, type TransferSubject } from './transfer-errors.ts';

// `data:<type>[;params],<payload>`; the payload is everything after the first comma.
const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),/i;

/** True when the output's bytes are inline: a `data` field, or a `data:` URL in place of a link. */
export function isInlineOutput(output: JobOutput): boolean {
  return output.data !== undefined || (output.url !== undefined && /^data:/i.test(output.url));
}

/**
 * The bytes of an inline output, checked before they are decoded: the size (from the base64
 * length, so a huge payload is refused without allocating it) and, for a `data:` URL, that the
 * declared type is media of the output's kind.
 */
export function inlineBytes(
  subject: TransferSubject,
  output: JobOutput,
  kind: MediaKind,
  maxBytes: number,
): Buffer {
  let payload = output.data;
  if (payload === undefined) {
    const url = output.url ?? '';
    const header = DATA_URL.exec(url);
    const type = bareMimeType(header?.[1]);
    if (!header || !/;base64/i.test(header[2] ?? '')) {
      throw mediaRefusal(subject, 'invalid_media_url', 'the output is a data: URL that is not base64 media.');
    }
    if (!type.startsWith(`${kind}/`)) {
      throw mediaRefusal(
        subject,
        'unexpected_content_type',
        `the output is a data: URL of ${type || 'no type'}, not ${kind} media.`,
      );
    }
    payload = url.slice(header[0].length);
  }
  if (Math.floor((payload.length * 3) / 4) > maxBytes + 2) {
    throw mediaRefusal(subject, 'media_too_large', `the inline output is over the ${maxBytes}-byte limit.`);
  }
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.byteLength > maxBytes) {
    throw mediaRefusal(subject, 'media_too_large', `the inline output is over the ${maxBytes}-byte limit.`);
  }
  return bytes;
}
