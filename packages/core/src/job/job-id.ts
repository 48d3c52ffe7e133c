import { ValidationError } from '../errors/validation-error.ts';
import { isProviderId, PROVIDER_IDS, type ProviderId } from '../provider/provider-id.ts';

/** A job id taken apart. */
export interface ParsedJobId {
  provider: ProviderId;
  /** The provider's own id for the job (xAI `request_id`, Pixazo `request_id`, Vydra `jobId`). */
  providerJobId: string;
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
  if (!isProviderId(provider)) {
    throw new ValidationError(
      `Job id "${id}" names unknown provider "${provider}"; known providers: ${PROVIDER_IDS.join(', ')}.`,
      { field: 'id', value: id, allowed: PROVIDER_IDS },
    );
  }
  return { provider, providerJobId };
}
