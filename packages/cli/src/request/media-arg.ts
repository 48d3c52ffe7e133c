import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MediaInput, ValidationError } from '@grok-imagine/sdk/node';

const remote = /^(https?:\/\/|data:)/i;

/**
 * A media flag's value as the SDK takes it: an `http(s)` URL or `data:` URI as is, anything else
 * as a local file `{ path }` (resolved against the working directory; the SDK's Node entry reads it).
 */
export function toMediaInput(field: string, arg: string, cwd: string): MediaInput {
  if (remote.test(arg)) return arg;
  const path = resolve(cwd, arg);
  if (!existsSync(path)) {
    throw new ValidationError(`${field}: no such file "${arg}".`, {
      field,
      value: arg,
      allowed: 'an https URL, a data: URI or the path of an existing file',
    });
  }
  return { path };
}
