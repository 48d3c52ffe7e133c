import type { ClientOptions, ImagineClient } from '../client/client-types.ts';
import { createClient } from '../client/create-client.ts';
import type { ProviderAdapter } from '../provider/provider-adapter.ts';
import { readMediaFile } from './read-media-file.ts';

/** `createClient` with `{ path }` media inputs read from disk by `readMediaFile` (unless `readFile` is given). */
export function createNodeClient(adapter: ProviderAdapter, options: ClientOptions = {}): ImagineClient {
  return createClient(adapter, { readFile: readMediaFile, ...options });
}
