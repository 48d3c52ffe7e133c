import type { IncomingMessage } from 'node:http';

/** Largest body accepted: data URIs of several images fit comfortably. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Reads the whole request body (bodies past {@link MAX_BODY_BYTES} are cut off). */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    const buffer = part as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) parts.push(buffer);
  }
  return Buffer.concat(parts);
}

/** Parses a JSON body: `invalid` when something was sent that is not JSON. */
export function parseJsonBody(raw: Buffer): { body: unknown; invalid: boolean } {
  if (raw.length === 0) return { body: undefined, invalid: false };
  try {
    return { body: JSON.parse(raw.toString('utf8')) as unknown, invalid: false };
  } catch {
    return { body: undefined, invalid: true };
  }
}
