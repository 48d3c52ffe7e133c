/**
 * The valibot functions the grok-imagine packages use, as `@grok-imagine/core/valibot`.
 *
 * Why: valibot ships as one ~200 KB module, and Node parses all of it on import (about 20 ms,
 * half of a cold import of the sdk). Core's build bundles in only what is listed here, and the
 * adapters and the sdk import valibot through this entry, so a program loads a few KB instead.
 * Bundlers tree-shake it as before. The schemas are plain valibot schemas: they work with a
 * caller's own valibot (`v.parse`, Standard Schema) as usual.
 *
 * Internal to the grok-imagine packages; add a function here before using it in one of them.
 */
export {
  array,
  boolean,
  check,
  custom,
  decimal,
  fallback,
  finite,
  getDotPath,
  integer,
  literal,
  looseObject,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullable,
  nullish,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  safeInteger,
  safeParse,
  strictObject,
  string,
  trim,
  union,
  unknown,
  url,
  variant,
} from 'valibot';
export type { BaseIssue, GenericSchema, InferInput, InferOutput, ObjectEntries } from 'valibot';
