import type { JobOutput } from './job.ts';

// Standard or URL-safe base64, padding optional; line breaks tolerated (some encoders wrap).
const BASE64 = /^[A-Za-z0-9+/_\-\s]*={0,2}\s*$/;

/**
 * Why an output a provider reported cannot be kept, or `undefined` when it can. A URL must be an
 * absolute `https:` or `http:` URL without credentials: a `file:`, `javascript:` or relative URL is
 * nothing the SDK can fetch, and one with `user:password@` would hand those to whoever follows it.
 * A `data:` URI is never a URL here: adapters turn the ones their provider documents (Pixazo's sync
 * mode) into inline `data`, so one still in `url` is undocumented. Inline data must be base64.
 * The message never quotes the URL: it may carry credentials or be megabytes long.
 */
export function outputProblem(output: JobOutput): string | undefined {
  if (output.url) {
    let url: URL;
    try {
      url = new URL(output.url);
    } catch {
      return 'its URL is not an absolute URL';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return `its URL has the scheme "${url.protocol.slice(0, 24)}"; only https: and http: outputs are kept`;
    if (url.username !== '' || url.password !== '') return 'its URL carries credentials (user:password@)';
  }
  if (output.data && !BASE64.test(output.data)) return 'its inline data is not base64';
  return undefined;
}
