import { ValidationError } from '../errors/validation-error.ts';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Node's Buffer, reached through `globalThis` so the main entry imports no `node:` module. */
interface BufferLike {
  from(data: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'base64'): string };
  from(data: string, encoding: 'base64'): Uint8Array;
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/** Table-driven encoder for runtimes without Buffer (`btoa` over a binary string is far slower). */
export function encodeBase64Portable(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    chunk +=
      ALPHABET[(n >> 18) & 63]! +
      ALPHABET[(n >> 12) & 63]! +
      (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) +
      (c === undefined ? '=' : ALPHABET[n & 63]!);
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Encodes bytes as standard base64 (Buffer in Node, a portable encoder elsewhere). */
export function encodeBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return encodeBase64Portable(bytes);
}

/** Decodes standard or URL-safe base64 (padding optional); other characters are a `ValidationError`. */
export function decodeBase64(text: string): Uint8Array {
  const standard = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  // Buffer silently skips bad characters; check first so bad input is an error everywhere.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(standard)) {
    throw new ValidationError('The text is not base64.', {
      field: 'base64',
      value: `<${text.length} characters>`,
      allowed: 'standard or URL-safe base64',
    });
  }
  // A copy, so the result never shares Node's pooled buffer memory.
  if (NodeBuffer) return new Uint8Array(NodeBuffer.from(standard, 'base64'));
  const binary = atob(standard);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Number of bytes a base64 text decodes to, without decoding it (used to refuse oversize input early). */
export function base64DecodedLength(text: string): number {
  const clean = text.replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}
