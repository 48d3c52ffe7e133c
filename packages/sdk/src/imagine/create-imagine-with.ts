import { ValidationError } from '@grok-imagine/core';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import type { ProviderModules } from '../providers/provider-module.ts';
import { buildImagine } from './build-imagine.ts';
import type { Imagine } from './imagine-types.ts';

/**
 * `createImagine` over only the providers given (e.g. `{ xai: xaiProvider }` from
 * `@grok-imagine/sdk/xai`): a bundler then leaves the others out. Configuration works as for
 * `createImagine`; routing to a provider not given is a `ValidationError` at creation.
 */
export function createImagineWith(providers: ProviderModules, config: GrokImagineConfig = {}): Imagine {
  const resolved = resolveConfig(config);
  if (resolved.journalFile !== undefined) {
    throw new ValidationError(
      "journal.file needs the Node entry: import { createImagine } from '@grok-imagine/sdk/node', or pass store.",
      { field: 'journal.file', value: resolved.journalFile },
    );
  }
  return buildImagine(resolved, { modules: providers });
}
