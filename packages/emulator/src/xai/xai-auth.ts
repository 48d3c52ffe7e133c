import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { AuthResult } from '../server/provider-module.ts';
import { xaiError } from './xai-errors.ts';

/** Checks `Authorization: Bearer <key>` against the accepted xAI keys. */
export function authenticateXai(headers: IncomingHttpHeaders, state: EmulatorState): AuthResult {
  const header = headers.authorization;
  if (!header) {
    return {
      ok: false,
      state: 'missing',
      response: xaiError(
        401,
        'unauthorized',
        'No API key provided. Send it as "Authorization: Bearer <key>".',
      ),
    };
  }
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const key = match?.[1]?.trim();
  if (key && state.keys.xai.includes(key)) return { ok: true, key };
  return {
    ok: false,
    state: 'invalid',
    response: xaiError(401, 'unauthorized', 'Incorrect API key provided.'),
  };
}
