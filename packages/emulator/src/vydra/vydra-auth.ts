import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState } from '../server/emulator-state.ts';
import type { AuthResult } from '../server/provider-module.ts';
import { vydraError } from './vydra-errors.ts';

/** Checks `Authorization: Bearer <key>`: missing → MISSING_AUTH, not Bearer → INVALID_FORMAT, unknown → KEY_NOT_FOUND. */
export function authenticateVydra(headers: IncomingHttpHeaders, state: EmulatorState): AuthResult {
  const header = headers.authorization;
  if (!header) {
    return { ok: false, state: 'missing', response: vydraError(401, 'Missing API key', 'MISSING_AUTH') };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    return {
      ok: false,
      state: 'invalid',
      response: vydraError(401, 'Invalid Authorization header. Use "Bearer <api key>".', 'INVALID_FORMAT'),
    };
  }
  const key = match[1]!;
  if (state.keys.vydra.includes(key)) return { ok: true, key };
  return { ok: false, state: 'invalid', response: vydraError(401, 'API key not found', 'KEY_NOT_FOUND') };
}
