import { GrokImagineError } from '@grok-imagine/core';
import type { JobWarning, StartContext, StartResult } from '@grok-imagine/core';
import type { XaiVideoEditForm } from './map-request.ts';

/**
 * True when xAI refused a create because the endpoint itself is not there: 404 or 405, with core's
 * verdict that nothing was accepted. Only then is the other form provably safe to send.
 */
export function isMissingEndpoint(error: unknown): boolean {
  return (
    GrokImagineError.isInstance(error) &&
    error.accepted === 'no' &&
    (error.status === 404 || error.status === 405)
  );
}

/** The form a video edit goes out in, remembered for the adapter's lifetime once the default is refused. */
export interface VideoEditFormMemory {
  form: XaiVideoEditForm;
}

const FALLBACK_WARNING: JobWarning = {
  type: 'other',
  field: 'video',
  provider: 'xai',
  message:
    'POST /videos/edits was refused as missing (404/405); the edit was sent as POST /videos/generations with video_url (the form in xAI’s document), which this client keeps using.',
};

/**
 * Sends a video edit. The default is xAI's current `POST /videos/edits`; when xAI answers it 404/405
 * (provably not accepted, so nothing was created or charged), the document's form is sent once, and
 * the choice is remembered so later edits go there directly. Any other error propagates untouched.
 */
export async function sendVideoEdit(
  memory: VideoEditFormMemory,
  send: (form: XaiVideoEditForm) => Promise<StartResult>,
  ctx: StartContext,
): Promise<StartResult> {
  if (memory.form === 'generations') return send('generations');
  try {
    return await send('edits');
  } catch (error) {
    if (!isMissingEndpoint(error)) throw error;
    ctx.logger.warn?.(
      'xai: POST /videos/edits answered 404/405; sending the edit as POST /videos/generations',
      {
        status: (error as GrokImagineError).status,
      },
    );
  }
  // The refused request created nothing: until the next one is sent, nothing reached xAI.
  ctx.attempt.sent = false;
  try {
    const result = await send('generations');
    memory.form = 'generations';
    return { ...result, warnings: [...(result.warnings ?? []), FALLBACK_WARNING] };
  } catch (error) {
    // Any answer but another 404/405 shows the document's form exists here.
    if (!isMissingEndpoint(error)) memory.form = 'generations';
    throw error;
  }
}
