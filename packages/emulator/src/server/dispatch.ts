import type { EmulatorState } from './emulator-state.ts';
import type { ApiRequest, ApiResponse } from './http-types.ts';
import type { ProviderModule } from './provider-module.ts';
import type { RateLimitState } from './rate-limiter.ts';
import type { RecordedRequest } from './request-log.ts';
import { matchRoute } from './route-match.ts';

function unlimited(now: number): RateLimitState {
  return {
    allowed: true,
    limit: Number.MAX_SAFE_INTEGER,
    remaining: Number.MAX_SAFE_INTEGER,
    resetAt: now,
    retryAfterSeconds: 1,
  };
}

/** Runs one provider request: credential, rate limit, route, handler — in the order a gateway does. */
export function dispatch(
  module: ProviderModule,
  req: ApiRequest,
  record: RecordedRequest,
  state: EmulatorState,
): ApiResponse {
  const auth = module.authenticate(req.headers, state);
  record.auth = auth.ok ? 'valid' : auth.state;
  if (!auth.ok) return auth.response;
  const now = state.clock.now();
  const rule = state.rateLimits[module.provider];
  const rate = rule ? state.limiter.hit(`${module.provider}:${auth.key}`, rule, now) : unlimited(now);
  const decorate = (response: ApiResponse): ApiResponse =>
    module.decorate ? module.decorate(response, rate) : response;
  if (!rate.allowed) return decorate(module.errors.rateLimited(rate));
  const match = matchRoute(module.routes, req.method, req.path);
  if (match === undefined) return decorate(module.errors.notFound(req.path));
  if (match === 'method-not-allowed') return decorate(module.errors.methodNotAllowed(req.method));
  if (req.bodyInvalid) return decorate(module.errors.invalidJson());
  return decorate(match.route.handle(req, { key: auth.key, params: match.params, state, rate }));
}
