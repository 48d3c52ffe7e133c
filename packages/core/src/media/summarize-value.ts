import { parseDataUri } from './data-uri.ts';

/** Strings longer than this are cut in summaries. */
const MAX_STRING = 120;
/** Longest summary returned. */
const MAX_SUMMARY = 300;

function isBinary(value: unknown): value is Uint8Array | ArrayBuffer | Blob {
  return (
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && value instanceof Blob)
  );
}

function binarySummary(value: Uint8Array | ArrayBuffer | Blob): string {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `<${value.byteLength} bytes>`;
  return `<Blob ${value.size} bytes${value.type ? ` ${value.type}` : ''}>`;
}

function stringSummary(value: string): string {
  const dataUri = parseDataUri(value);
  if (dataUri)
    return `data:${dataUri.mimeType}${dataUri.base64 ? ';base64' : ''},… (${dataUri.byteLength} bytes)`;
  return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING - 1)}…` : value;
}

/**
 * A short, printable description of any value for error messages: bytes, Blobs and data URIs are
 * described by size and type, never echoed; long strings are cut.
 */
export function summarizeValue(value: unknown): string {
  if (isBinary(value)) return binarySummary(value);
  if (typeof value === 'string') return JSON.stringify(stringSummary(value));
  if (value instanceof URL) return JSON.stringify(stringSummary(value.href));
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, inner: unknown) => {
      if (isBinary(inner)) return binarySummary(inner);
      if (typeof inner === 'string') return stringSummary(inner);
      return inner;
    });
  } catch {
    text = undefined;
  }
  text ??= String(value);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

/**
 * The form of a value safe to keep on an error's `value` (which `JSON.stringify` and `util.inspect`
 * show): numbers, booleans, null and short strings as given; anything else as its summary.
 */
export function errorValue(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'string') return stringSummary(value);
  return summarizeValue(value);
}
