import type { IncomingHttpHeaders } from 'node:http';
import type { FaultKind } from '../faults/fault-types.ts';
import type { ProviderName } from '../state/provider-name.ts';

/** Whether a request carried the provider's credential, and whether it was accepted. */
export type AuthState = 'missing' | 'invalid' | 'valid' | 'not-checked';

/** One request the API server received, as recorded for tests. Credentials are never stored. */
export interface RecordedRequest {
  /** Arrival order, from 0. */
  readonly seq: number;
  /** The emulator clock when it arrived. */
  readonly at: number;
  readonly method: string;
  /** Which provider's API it went to (`unknown` for paths under no provider). */
  readonly provider: ProviderName | 'unknown';
  /** The path as received, with the provider prefix and the query. */
  readonly path: string;
  /** Lower-case header names; credential headers show `[redacted]`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON body, the raw text when it is not JSON, or `undefined` when empty. */
  readonly body: unknown;
  /** Set once the provider checked the credential. */
  auth: AuthState;
  /** The fault injected into this request, if any. */
  fault?: FaultKind;
  /** The status answered; `undefined` when the connection was reset instead. */
  status?: number;
}

const CREDENTIAL_HEADERS = new Set(['authorization', 'ocp-apim-subscription-key', 'x-api-key']);

/** Copies headers with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = CREDENTIAL_HEADERS.has(name) ? '[redacted]' : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
