const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Checks a callback URL. HTTPS only, as Pixazo documents; with `allowHttp`, plain http is accepted
 * for loopback hosts only, so tests can run a local receiver. Returns the problem, or undefined.
 */
export function webhookUrlProblem(raw: string, allowHttp: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && allowHttp && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.protocol === 'http:') return 'must use HTTPS: plain http:// URLs are rejected';
  return `has unsupported scheme ${url.protocol}`;
}
