import { base64DecodedLength, decodeBase64, encodeBase64 } from './base64.ts';

/** The parts of a `data:` URI, before its payload is decoded. */
export interface ParsedDataUri {
  /** The declared MIME type (may be empty). */
  mimeType: string;
  /** Whether the payload is base64 (`;base64`) rather than percent-encoded. */
  base64: boolean;
  /** The payload as written after the comma. */
  payload: string;
  /** Bytes the payload decodes to, computed without decoding. */
  byteLength: number;
}

/** True when the string is a `data:` URI (case-insensitive scheme). */
export function isDataUri(value: string): boolean {
  return /^data:/i.test(value);
}

/** Splits a `data:` URI; returns `undefined` when it has no comma (malformed). */
export function parseDataUri(uri: string): ParsedDataUri | undefined {
  const comma = uri.indexOf(',');
  if (!isDataUri(uri) || comma === -1) return undefined;
  const params = uri.slice(5, comma).split(';');
  const base64 = params.some((p) => p.trim().toLowerCase() === 'base64');
  const payload = uri.slice(comma + 1);
  const byteLength = base64
    ? base64DecodedLength(payload)
    : new TextEncoder().encode(decodeURIComponentSafe(payload)).length;
  return { mimeType: (params[0] ?? '').trim(), base64, payload, byteLength };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Decodes a parsed data URI's payload to bytes. Throws on invalid base64. */
export function decodeDataUri(parsed: ParsedDataUri): Uint8Array {
  if (parsed.base64) return decodeBase64(parsed.payload);
  return new TextEncoder().encode(decodeURIComponentSafe(parsed.payload));
}

/**
 * Encodes resolved media bytes as a `data:<mime>;base64,…` URI, the inline form xAI and others take
 * in place of a URL.
 */
export function toDataUri(media: { bytes: Uint8Array; mimeType: string }): string {
  return `data:${media.mimeType};base64,${encodeBase64(media.bytes)}`;
}
