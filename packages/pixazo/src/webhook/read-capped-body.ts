/** Default largest webhook body read: 1 MiB (a Pixazo callback is a few KB). */
export const DEFAULT_MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

const decoder = new TextDecoder();

/**
 * Reads a request body as text, counting bytes as they arrive: `undefined` (and the stream
 * cancelled, read no further) as soon as it passes `maxBytes`, or at once when `Content-Length`
 * already says so. Memory stays at most `maxBytes` whatever the sender streams.
 */
export async function readCappedText(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(all);
}
