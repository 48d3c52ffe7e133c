import { ValidationError } from '../errors/validation-error.ts';
import { isProviderId, PROVIDER_IDS, type ProviderId } from '../provider/provider-id.ts';

/** A job id taken apart. */
export interface ParsedJobId {
  provider: ProviderId;
  /** The provider's own id for the job (xAI `request_id`, Pixazo `request_id`, Vydra `jobId`). */
  providerJobId: string;
}

/** Characters a provider job id may hold: enough for UUIDs and the providers' ids, nothing that can bend a URL. */
const PROVIDER_JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._~:-]{0,255}$/;

/**
 * Why a provider job id cannot go into a URL (slashes, `..`, control characters, over 256
 * characters), or `undefined` when it is fine.
 */
export function providerJobIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id.length === 0) return 'it is empty or not a string';
  if (id.length > 256) return `it is ${id.length} characters long (at most 256)`;
  if (!PROVIDER_JOB_ID.test(id) || id.includes('..'))
    return 'it holds characters other than letters, digits and . _ ~ : - (or "..")';
  return undefined;
}

/** Builds the provider-encoded job id, e.g. `xai:d97415a1-…`. */
export function encodeJobId(provider: ProviderId, providerJobId: string): string {
  return `${provider}:${providerJobId}`;
}

/** Splits a provider-encoded job id; a malformed id or unknown provider is a `ValidationError`. */
export function parseJobId(id: unknown): ParsedJobId {
  if (typeof id !== 'string' || id.length === 0) {
    throw new ValidationError(
      `Job id must be a non-empty string like "xai:<id>", got ${JSON.stringify(id)}.`,
      {
        field: 'id',
        value: id,
        allowed: '"<provider>:<provider job id>"',
      },
    );
  }
  const colon = id.indexOf(':');
  const provider = colon === -1 ? '' : id.slice(0, colon);
  const providerJobId = colon === -1 ? '' : id.slice(colon + 1);
  if (colon === -1 || providerJobId.length === 0) {
    throw new ValidationError(`Job id "${id}" is not of the form "<provider>:<provider job id>".`, {
      field: 'id',
      value: id,
      allowed: '"<provider>:<provider job id>"',
    });
  }
  const problem = providerJobIdProblem(providerJobId);
  if (problem) {
    throw new ValidationError(`Job id "${id.slice(0, 80)}" is not a valid job id: ${problem}.`, {
      field: 'id',
      value: id.slice(0, 300),
      allowed: '"<provider>:<provider job id>"',
    });
  }
  if (!isProviderId(provider)) {
    throw new ValidationError(
      `Job id "${id}" names unknown provider "${provider}"; known providers: ${PROVIDER_IDS.join(', ')}.`,
      { field: 'id', value: id, allowed: PROVIDER_IDS },
    );
  }
  return { provider, providerJobId };
}
