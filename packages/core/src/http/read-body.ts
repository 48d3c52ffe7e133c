/** Largest API body read by default: 8 MiB. A bigger one is refused, read no further. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Why a body could not be read whole. */
export type BodyReadFailure =
  | { reason: 'too-large'; limit: number }
  | { reason: 'aborted'; cause: unknown }
  | { reason: 'broken'; cause: unknown };

/** The body as text, or why it could not be read. */
export type BodyReadResult = { ok: true; text: string } | ({ ok: false } & BodyReadFailure);

/**
 * Reads a response body as UTF-8 text, stopping at `maxBytes` (the rest is cancelled, never
 * buffered). A stalled body ends when the request's signal aborts (its deadline), so nothing here
 * can wait forever.
 */
export async function readBodyCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<BodyReadResult> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, reason: 'too-large', limit: maxBytes };
  }
  if (!response.body) return { ok: true, text: '' };
  // A declared length within the cap is held to by the HTTP framing: read it in one go (the reader
  // loop below cost more per call). A cut or stalled body still rejects, through the same signal.
  if (Number.isFinite(declared) && response.headers.has('content-length')) {
    try {
      return { ok: true, text: await response.text() };
    } catch (cause) {
      return signal.aborted
        ? { ok: false, reason: 'aborted', cause }
        : { ok: false, reason: 'broken', cause };
    }
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, reason: 'too-large', limit: maxBytes };
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch (cause) {
    reader.releaseLock();
    return signal.aborted ? { ok: false, reason: 'aborted', cause } : { ok: false, reason: 'broken', cause };
  }
  return { ok: true, text: text + decoder.decode() };
}
