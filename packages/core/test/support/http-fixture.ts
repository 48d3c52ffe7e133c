import * as v from 'valibot';
import { createHttpClient, type HttpClientOptions } from '../../src/http/create-http-client.ts';
import { createFakeClock } from '../../src/testing/fake-clock.ts';

/** Origin the HTTP tests mock with nock. */
export const ORIGIN = 'https://api.example.com';
/** The API key the HTTP tests' client sends; it must never show in an error. */
export const KEY = 'sk-test-SECRET-0123456789';
/** A minimal response schema. */
export const Job = v.object({ id: v.string() });

/** An HTTP client for provider `xai` at `${ORIGIN}/v1`, with a fake clock. */
export function setupHttp(overrides: Partial<HttpClientOptions> = {}) {
  const clock = createFakeClock();
  const http = createHttpClient({
    provider: 'xai',
    defaultBaseURL: `${ORIGIN}/v1`,
    authHeaders: () => ({ authorization: `Bearer ${KEY}` }),
    parseError: ({ json, text }) => {
      const body = json as { error?: string; code?: string } | undefined;
      return { message: body?.error ?? text, code: body?.code };
    },
    clock,
    ...overrides,
  });
  return { http, clock };
}

/** The rejection of a promise that must reject. */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}
