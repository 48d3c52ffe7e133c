/** The providers this SDK ships adapters for. */
export const PROVIDER_IDS = ['xai', 'pixazo', 'vydra'] as const;

/** A provider's id; also the prefix of every job id it makes (`xai:…`, `pixazo:…`, `vydra:…`). */
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** True when `value` names a known provider. */
export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
