import { ValidationError } from '@grok-imagine/core';
import type { GrokImagineConfig } from '../config/grok-imagine-config.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import { buildImagine } from './build-imagine.ts';
import type { Imagine } from './imagine-types.ts';

/**
 * Creates the SDK's entry object. Configuration comes from `config`, then the environment
 * (`GROK_IMAGINE_PROVIDER`, `XAI_API_KEY`, `PIXAZO_API_KEY`, `VYDRA_API_KEY`), then defaults;
 * nothing is sent and no key is needed until a call goes to the network. This entry is
 * runtime-neutral: config files, `{ path }` media and file journals need `@grok-imagine/sdk/node`.
 */
export function createImagine(config: GrokImagineConfig = {}): Imagine {
  const resolved = resolveConfig(config);
  if (resolved.journalFile !== undefined) {
    throw new ValidationError(
      "journal.file needs the Node entry: import { createImagine } from '@grok-imagine/sdk/node', or pass store.",
      { field: 'journal.file', value: resolved.journalFile },
    );
  }
  return buildImagine(resolved);
}
