import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { AuthResult } from '../server/provider-module.ts';
import { pixazoError } from './pixazo-errors.ts';

/** Checks `Ocp-Apim-Subscription-Key` against the accepted Pixazo keys. */
export function authenticatePixazo(headers: IncomingHttpHeaders, state: EmulatorState): AuthResult {
  const header = headers['ocp-apim-subscription-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) {
    return {
      ok: false,
      state: 'missing',
      response: pixazoError(
        401,
        'Unauthorized',
        'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
      ),
    };
  }
  if (state.keys.pixazo.includes(key.trim())) return { ok: true, key: key.trim() };
  return {
    ok: false,
    state: 'invalid',
    response: pixazoError(
      401,
      'Unauthorized',
      'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
    ),
  };
}
