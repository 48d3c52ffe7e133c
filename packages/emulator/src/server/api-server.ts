import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultPlan } from '../faults/fault-plan.ts';
import { dispatch } from './dispatch.ts';
import { API_CORS, answerPreflight, setCorsHeaders } from './cors.ts';
import type { EmulatorState } from './emulator-state.ts';
import { type ApiRequest, jsonResponse } from './http-types.ts';
import type { ProviderModule } from './provider-module.ts';
import { parseJsonBody, readBody } from './read-body.ts';
import { type RecordedRequest, redactHeaders } from './request-log.ts';
import { type FaultResponder, serveWithFault } from './serve-with-fault.ts';

/** What the API server needs from the emulator. */
export interface ApiServerDeps {
  state: EmulatorState;
  modules: readonly ProviderModule[];
  faults: FaultPlan;
  /** Every request is appended here. */
  requests: RecordedRequest[];
  /** Settles job status changes (webhooks, refunds) before a request is answered. */
  observe(): void;
  /** When set, every Vydra request is answered 308 to this base URL. */
  redirectVydraTo?: string;
}

const plainErrors: FaultResponder = {
  rateLimited: (rate) =>
    jsonResponse(429, { error: 'Too Many Requests' }, { 'Retry-After': String(rate.retryAfterSeconds) }),
  serverError: (status, retryAfterSeconds) =>
    jsonResponse(
      status,
      { error: 'Server error' },
      status === 503 ? { 'Retry-After': String(retryAfterSeconds) } : {},
    ),
};

function findModule(modules: readonly ProviderModule[], pathname: string): ProviderModule | undefined {
  return modules.find((module) => pathname === module.prefix || pathname.startsWith(`${module.prefix}/`));
}

/** Creates the request listener of the API server (all three providers on one port, by path prefix). */
export function createApiHandler(deps: ApiServerDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'OPTIONS') return answerPreflight(req, res, API_CORS);
    setCorsHeaders(req, res);
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const module = findModule(deps.modules, url.pathname);
    const parsed = parseJsonBody(raw);
    const record: RecordedRequest = {
      seq: deps.requests.length,
      at: deps.state.clock.now(),
      method,
      provider: module?.provider ?? 'unknown',
      path: req.url ?? '/',
      headers: redactHeaders(req.headers),
      body: parsed.invalid ? raw.toString('utf8') : parsed.body,
      auth: 'not-checked',
    };
    deps.requests.push(record);
    deps.observe();
    const fault = deps.faults.pick({ target: module?.provider ?? 'unknown', method, path: url.pathname });
    if (fault) record.fault = fault.kind;
    const apiRequest: ApiRequest = {
      method,
      path: module ? url.pathname.slice(module.prefix.length) || '/' : url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: parsed.body,
      bodyInvalid: parsed.invalid,
    };
    const produce = () => {
      if (!module)
        return jsonResponse(404, { error: 'Not found', message: `No emulated provider at ${url.pathname}` });
      if (module.provider === 'vydra' && deps.redirectVydraTo) {
        const location = `${deps.redirectVydraTo.replace(/\/$/, '')}${apiRequest.path}${url.search}`;
        return jsonResponse(308, { redirect: location }, { Location: location });
      }
      return dispatch(module, apiRequest, record, deps.state);
    };
    record.status = await serveWithFault(res, fault, module?.errors ?? plainErrors, record.at, produce);
  };
}
