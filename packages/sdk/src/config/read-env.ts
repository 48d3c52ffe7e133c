/** Environment variables as a plain record. */
export type Env = Record<string, string | undefined>;

/**
 * The process environment where there is one (Node, Bun, Deno with `process`), else empty.
 * Read through `globalThis` so the main entry imports no Node built-in and runs in browsers and workers.
 */
export function readProcessEnv(): Env {
  const holder = globalThis as { process?: { env?: Env } };
  return holder.process?.env ?? {};
}
