// An app that only ever talks to xAI: the per-provider entry leaves the other adapters out of the
// bundle. `createImagineWith` picks by config among the providers given.
import { createImagine as createXaiImagine, createImagineWith, xaiProvider } from '@grok-imagine/sdk/xai';
import { vydraProvider } from '@grok-imagine/sdk/vydra';

export async function xaiOnly(): Promise<string | undefined> {
  const imagine = createXaiImagine();
  const job = await imagine.generate({ type: 'text-to-image', prompt: 'a red kite' });
  return job.outputs[0]?.url;
}

export function xaiOrVydra(provider: 'xai' | 'vydra') {
  const imagine = createImagineWith({ xai: xaiProvider, vydra: vydraProvider }, { provider });
  return imagine.quote({ type: 'text-to-video', prompt: 'a fox in snow', duration: 6 });
}
