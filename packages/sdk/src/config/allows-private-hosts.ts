import type { ProviderId } from '@grok-imagine/core';
import { isLoopbackUrl } from '../media/is-loopback-url.ts';
import type { ResolvedConfig } from './resolve-config.ts';

/**
 * Whether media URLs of `provider`'s jobs may point at private hosts: the config's
 * `download.allowPrivateHosts` when set, else true exactly when the provider's base URL is loopback
 * (the emulator or a local proxy, whose media URLs are loopback too).
 */
export function allowsPrivateHosts(
  config: Pick<ResolvedConfig, 'download' | 'providers'>,
  provider: ProviderId,
): boolean {
  return config.download.allowPrivateHosts ?? isLoopbackUrl(config.providers[provider]?.baseURL);
}
