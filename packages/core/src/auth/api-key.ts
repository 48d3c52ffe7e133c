import { AuthenticationError } from '../errors/authentication-error.ts';
import type { ProviderId } from '../provider/provider-id.ts';

/** Environment variables as a plain record. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The process environment where there is one (Node, Bun, Deno with `process`), else empty.
 * Read through `globalThis` so runtime-neutral entry points import no Node built-in.
 */
export function readProcessEnv(): Env {
  return (globalThis as { process?: { env?: Env } }).process?.env ?? {};
}

/** Where an adapter's key may come from: its config, else an environment variable. */
export interface ApiKeySource {
  apiKey?: string | undefined;
  /** Environment to read instead of the process's. */
  env?: Env | undefined;
}

/** The key from config, else from `envVar`, trimmed; `undefined` when neither is set. */
export function findApiKey(source: ApiKeySource, envVar: string): string | undefined {
  const key = source.apiKey ?? (source.env ?? readProcessEnv())[envVar];
  return key?.trim() ? key.trim() : undefined;
}

/** What to say when no key is found. */
export interface MissingApiKey {
  provider: ProviderId;
  envVar: string;
  /** The full message, naming the variable to set. */
  message: string;
}

/**
 * The key, or an `AuthenticationError` with code `missing_api_key`. Adapters call it per request,
 * so construction needs no key (quotes work offline) and a key set later still counts.
 */
export function requireApiKey(source: ApiKeySource, missing: MissingApiKey): string {
  const key = findApiKey(source, missing.envVar);
  if (key) return key;
  throw new AuthenticationError(missing.message, { provider: missing.provider, code: 'missing_api_key' });
}
