import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultPlan } from '../faults/fault-plan.ts';
import { MEDIA_CORS, answerPreflight, setCorsHeaders } from '../server/cors.ts';
import type { EmulatorState } from '../server/emulator-state.ts';
import { type ApiResponse, jsonResponse } from '../server/http-types.ts';
import { type FaultResponder, serveWithFault } from '../server/serve-with-fault.ts';
import { MEDIA_TYPES } from './media-store.ts';
import { renderMedia } from './render-media.ts';

/** One request the media server received. */
export interface MediaRequestRecord {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  /**
   * True when the request carried an `Authorization` or `Ocp-Apim-Subscription-Key` header, or any
   * accepted API key anywhere in its headers or URL. A correct client never sends one here.
   */
  readonly hadApiKey: boolean;
  status?: number;
}

const mediaErrors: FaultResponder = {
  rateLimited: (rate) => ({
    status: 429,
    text: 'Too Many Requests',
    headers: { 'Retry-After': String(rate.retryAfterSeconds) },
  }),
  serverError: (status, retryAfterSeconds) => ({
    status,
    text: status === 503 ? 'Service Unavailable' : 'Internal Server Error',
    ...(status === 503 ? { headers: { 'Retry-After': String(retryAfterSeconds) } } : {}),
  }),
};

function carriesKey(req: IncomingMessage, keys: readonly string[]): boolean {
  if (req.headers.authorization !== undefined || req.headers['ocp-apim-subscription-key'] !== undefined)
    return true;
  const haystack = [req.url ?? '', ...Object.values(req.headers).flat()].join('\n');
  return keys.some((key) => key.length > 0 && haystack.includes(key));
}

function serveFile(state: EmulatorState, pathname: string): ApiResponse {
  const match = /^\/media\/([0-9a-f]+)\.([a-z0-9]+)$/.exec(pathname);
  const file = match ? state.media.find(match[1]!) : undefined;
  const now = state.clock.now();
  if (!file || MEDIA_TYPES[file.spec.format].ext !== match?.[2] || now < file.availableAt) {
    return jsonResponse(404, { error: 'NoSuchKey', message: 'The specified key does not exist.' });
  }
  if (now >= file.expiresAt)
    return jsonResponse(410, { error: 'Gone', message: 'This media URL has expired.' });
  const { bytes, mimeType } = renderMedia(file.spec);
  const maxAge = Math.max(0, Math.floor((file.expiresAt - now) / 1000));
  return {
    status: 200,
    bytes,
    contentType: mimeType,
    headers: { 'Cache-Control': `private, max-age=${maxAge}` },
  };
}

/** Creates the request listener of the media server (a separate origin from every API). */
export function createMediaHandler(deps: {
  state: EmulatorState;
  faults: FaultPlan;
  records: MediaRequestRecord[];
}) {
  const keys = Object.values(deps.state.keys).flat();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'OPTIONS') return answerPreflight(req, res, MEDIA_CORS);
    setCorsHeaders(req, res);
    req.resume();
    const url = new URL(req.url ?? '/', 'http://media.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const record: MediaRequestRecord = {
      at: deps.state.clock.now(),
      method,
      path: req.url ?? '/',
      hadApiKey: carriesKey(req, keys),
    };
    deps.records.push(record);
    const fault = deps.faults.pick({ target: 'media', method, path: url.pathname });
    const produce = (): ApiResponse =>
      method === 'GET' || method === 'HEAD'
        ? serveFile(deps.state, url.pathname)
        : jsonResponse(405, { error: 'MethodNotAllowed' }, { Allow: 'GET, HEAD' });
    record.status = await serveWithFault(res, fault, mediaErrors, record.at, produce, method === 'HEAD');
  };
}
