import type { IncomingMessage, ServerResponse } from 'node:http';

/** What one server allows a browser page to do. */
export interface CorsPolicy {
  /** Methods named in a preflight answer. */
  methods: readonly string[];
}

/** The API server's policy: the three providers use GET, POST and DELETE. */
export const API_CORS: CorsPolicy = { methods: ['GET', 'POST', 'DELETE', 'OPTIONS'] };
/** The media server's policy: files are only read. */
export const MEDIA_CORS: CorsPolicy = { methods: ['GET', 'HEAD', 'OPTIONS'] };

/** Request headers the SDK and the providers' documents use, allowed when a preflight names none. */
const DEFAULT_ALLOWED_HEADERS =
  'authorization, content-type, ocp-apim-subscription-key, cache-control, x-webhook-url, x-webhook-mode';
/** Response headers a page may read besides the safelisted ones: rate limits, retry hints, redirects. */
const EXPOSED_HEADERS =
  'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Location, cf-mitigated';
/** Browsers may reuse a preflight answer this long (seconds); Chromium caps it at two hours. */
const PREFLIGHT_MAX_AGE = '600';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isLoopbackOrigin(origin: string): boolean {
  try {
    const { hostname } = new URL(origin);
    return (
      hostname === 'localhost' ||
      hostname.endsWith('.localhost') ||
      hostname === '[::1]' ||
      /^127(\.\d{1,3}){3}$/.test(hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Sets the CORS headers every answer carries. A loopback origin (a dev server such as
 * `http://localhost:5173`) is echoed; any other page gets `*`: the emulator holds no real keys or
 * data, so there is nothing to protect, and it only listens on loopback anyway.
 */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin && isLoopbackOrigin(origin) ? origin : '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/** The header names a preflight asks for, kept only when they are valid tokens (they are echoed back). */
function requestedHeaders(req: IncomingMessage): string {
  const asked = req.headers['access-control-request-headers'];
  const names = (asked ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => HEADER_NAME.test(name));
  return names.length > 0 ? names.join(', ') : DEFAULT_ALLOWED_HEADERS;
}

/**
 * Answers an `OPTIONS` request (a browser's preflight) with 204 and what the page may send. It is
 * not an API call: no credential check, rate limit, fault or request record.
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy): void {
  req.resume();
  setCorsHeaders(req, res);
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': policy.methods.join(', '),
    'Access-Control-Allow-Headers': requestedHeaders(req),
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    'Content-Length': '0',
  };
  // Chromium's Private Network Access: a page on a public origin may then reach this loopback server.
  if (req.headers['access-control-request-private-network'] === 'true')
    headers['Access-Control-Allow-Private-Network'] = 'true';
  res.writeHead(204, headers);
  res.end();
}
