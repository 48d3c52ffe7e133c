import type * as NodeHttp from 'node:http';
import type * as NodeHttps from 'node:https';
import type * as NodeZlib from 'node:zlib';
import type { BodyReadResult } from './read-body.ts';
import type { ResponseHeaders, Transport, TransportAnswer, TransportRequest } from './transport.ts';

/** Node's HTTP modules and the keep-alive agents every client in the process shares. */
interface NodeHttpKit {
  http: typeof NodeHttp;
  https: typeof NodeHttps;
  zlib: typeof NodeZlib;
  httpAgent: NodeHttp.Agent;
  httpsAgent: NodeHttps.Agent;
}

type NodeProcess = {
  versions?: { node?: string; bun?: string };
  env?: Record<string, string | undefined>;
  getBuiltinModule?: (id: string) => unknown;
};

/** Where undici (Node's fetch) keeps the dispatcher `setGlobalDispatcher` installs. */
const UNDICI_GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');
/** Environment variables that set up a proxy for `fetch`: while one is set, requests keep `fetch`. */
export const PROXY_VARIABLES: readonly string[] = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NODE_USE_ENV_PROXY',
];

/**
 * True when the process set up `fetch`'s networking: a proxy in the environment, or a global undici
 * dispatcher of its own (a `ProxyAgent`, say). Requests then keep going through `fetch`, which
 * honours them; Node's http client would go around them.
 */
function fetchNetworkingConfigured(proc: NodeProcess): boolean {
  if (PROXY_VARIABLES.some((name) => proc.env?.[name])) return true;
  const dispatcher = (globalThis as Record<symbol, { constructor?: { name?: string } } | undefined>)[
    UNDICI_GLOBAL_DISPATCHER
  ];
  return dispatcher !== undefined && dispatcher.constructor?.name !== 'Agent';
}

/**
 * Pooled sockets idle this long are closed: under the 5 s keep-alive timeout Node servers (and many
 * others) default to, so a request is not written to a socket the server is closing.
 */
export const IDLE_SOCKET_MS = 4_000;

/** What API requests over the Node transport call themselves (media downloads say the same). */
const USER_AGENT = 'grok-imagine-sdk';

let kit: NodeHttpKit | null | undefined;

/**
 * True on Node itself. Bun, Deno and Cloudflare's workerd answer to `process` (and some to
 * `process.getBuiltinModule`) too, but their `node:http` is a compatibility layer and their own
 * `fetch` is their fast path; each names itself in `navigator.userAgent` (Node ≥ 21 says `Node.js`).
 */
function onNode(): boolean {
  const global = globalThis as { process?: NodeProcess; navigator?: { userAgent?: unknown } };
  const userAgent = global.navigator?.userAgent;
  if (typeof userAgent === 'string' && !userAgent.startsWith('Node.js')) return false;
  const proc = global.process;
  return Boolean(proc?.versions?.node) && proc?.versions?.bun === undefined && !('Deno' in globalThis);
}

// `process.getBuiltinModule` (Node ≥ 20.16) loads the modules without an import a browser bundler
// would have to resolve.
function loadKit(): NodeHttpKit | null {
  const load = (globalThis as { process?: NodeProcess }).process?.getBuiltinModule;
  if (!load) return null;
  const http = load('node:http') as typeof NodeHttp;
  const https = load('node:https') as typeof NodeHttps;
  const agentOptions = { keepAlive: true, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS };
  return {
    http,
    https,
    zlib: load('node:zlib') as typeof NodeZlib,
    httpAgent: new http.Agent(agentOptions),
    httpsAgent: new https.Agent(agentOptions),
  };
}

/**
 * A transport over Node's own `http`/`https` clients with keep-alive pools, or `undefined` where the
 * runtime is not Node or the process set up `fetch`'s networking (a proxy). On loopback it answered
 * in 0.6× the time of Node's `fetch` at one request at a time and 0.2× at 64 (docs/performance.md):
 * `fetch` builds a `Request`, a `Response`, web streams and a signal follower per call; this builds
 * none of them.
 */
export function nodeTransport(): Transport | undefined {
  const proc = (globalThis as { process?: NodeProcess }).process;
  if (!proc || !onNode() || fetchNetworkingConfigured(proc)) return undefined;
  if (kit === undefined) kit = loadKit();
  const loaded = kit;
  if (!loaded) return undefined;
  return (request) => send(loaded, request);
}

class NodeResponseHeaders implements ResponseHeaders {
  readonly #raw: NodeHttp.IncomingHttpHeaders;
  constructor(raw: NodeHttp.IncomingHttpHeaders) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return typeof value === 'string' ? value : value.join(', ');
  }
  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined;
  }
}

// Requests that start together share one deadline signal (request-deadline.ts): one listener per
// signal runs the aborts of all its requests. A listener per request would cost an EventTarget
// add and remove each, and trips Node's "possible memory leak" warning past 10 on one signal.
const abortsBySignal = new WeakMap<AbortSignal, Set<() => void>>();

function onAbort(signal: AbortSignal, abort: () => void): () => void {
  let aborts = abortsBySignal.get(signal);
  if (!aborts) {
    const created = new Set<() => void>();
    abortsBySignal.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        for (const each of created) each();
        created.clear();
      },
      { once: true },
    );
    aborts = created;
  }
  const registered = aborts;
  registered.add(abort);
  return () => registered.delete(abort);
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('request aborted');
}

/** The abort of a request whose connection never opened: `neverLeft` (transport.ts) reads the mark. */
function notSent(signal: AbortSignal): Error {
  const reason = abortError(signal);
  return Object.assign(new Error(`${reason.message} before the connection opened`, { cause: reason }), {
    requestNotSent: true,
  });
}

function send(kit: NodeHttpKit, request: TransportRequest): Promise<TransportAnswer> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) {
      reject(notSent(signal));
      return;
    }
    const secure = request.url.startsWith('https:');
    // Node's client sends no User-Agent of its own (fetch sends one): some gateways challenge or
    // refuse a request without one. A caller's own header wins.
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    let req: NodeHttp.ClientRequest;
    try {
      req = (secure ? kit.https : kit.http).request(request.url, {
        method: request.method,
        headers,
        agent: secure ? kit.httpsAgent : kit.httpAgent,
      });
    } catch (error) {
      // Refused before any socket (an invalid header value, say): the request never left.
      reject(
        Object.assign(error instanceof Error ? error : new Error(String(error)), { requestNotSent: true }),
      );
      return;
    }
    // Whether the connection is open (TLS: its handshake done): until then no byte of the request
    // has left, and an abort proves it was never sent. A pooled socket is open already.
    let opened = false;
    req.once('socket', (socket) => {
      if (!socket.connecting) opened = true;
      else
        socket.once(secure ? 'secureConnect' : 'connect', () => {
          opened = true;
        });
    });
    const release = onAbort(signal, () => req.destroy(opened ? abortError(signal) : notSent(signal)));
    req.on('error', (error) => {
      release();
      reject(error);
    });
    req.once('response', (res) => {
      const body = readBody(kit.zlib, req, res, request);
      body.then(release, release);
      resolve({
        status: res.statusCode ?? 0,
        headers: new NodeResponseHeaders(res.headers),
        readBody: () => body,
      });
    });
    req.end(request.body);
  });
}

/** The decoder for a `Content-Encoding`, `null` for none, `undefined` for one Node cannot decode. */
function decoderFor(zlib: typeof NodeZlib, encoding: string | undefined) {
  const coding = encoding?.trim().toLowerCase();
  if (!coding || coding === 'identity') return null;
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip();
  if (coding === 'deflate') return zlib.createInflate();
  if (coding === 'br') return zlib.createBrotliDecompress();
  return undefined;
}

// Read at once, chunk by chunk, so a body over the cap is cut off as soon as it passes it; the
// request's signal (its deadline) destroys the socket of a body that stalls.
function readBody(
  zlib: typeof NodeZlib,
  req: NodeHttp.ClientRequest,
  res: NodeHttp.IncomingMessage,
  request: TransportRequest,
): Promise<BodyReadResult> {
  const limit = request.maxBodyBytes;
  if (Number(res.headers['content-length']) > limit) {
    req.destroy();
    return Promise.resolve({ ok: false, reason: 'too-large', limit });
  }
  const decoder = decoderFor(zlib, res.headers['content-encoding']);
  if (decoder === undefined) {
    req.destroy();
    const cause = new Error(`unsupported Content-Encoding ${res.headers['content-encoding']}`);
    return Promise.resolve({ ok: false, reason: 'broken', cause });
  }
  const stream = decoder ? res.pipe(decoder) : res;
  return new Promise((resolve) => {
    // Decoded as it comes: a chunk is garbage as soon as it is text, so a body cut off at the cap
    // leaves no megabytes of buffers behind waiting for a collection.
    const utf8 = new TextDecoder();
    let text = '';
    let size = 0;
    let ended = false;
    const broken = (cause: unknown) => {
      if (ended) return;
      ended = true;
      text = '';
      decoder?.destroy();
      resolve({ ok: false, reason: request.signal.aborted ? 'aborted' : 'broken', cause });
    };
    stream.on('data', (chunk: Buffer) => {
      if (ended) return;
      size += chunk.length;
      if (size > limit) {
        ended = true;
        text = '';
        req.destroy();
        decoder?.destroy();
        resolve({ ok: false, reason: 'too-large', limit });
        return;
      }
      text += utf8.decode(chunk, { stream: true });
    });
    stream.once('end', () => {
      if (ended) return;
      ended = true;
      // TextDecoder drops a leading byte-order mark, as `Response.text()` does.
      resolve({ ok: true, text: text + utf8.decode() });
    });
    stream.on('error', broken);
    if (decoder) res.on('error', broken);
    // A connection that closes before the body's end: cut by the server, or by the deadline.
    res.once('close', () => {
      if (!res.complete) broken(new Error('the connection closed before the body ended'));
    });
  });
}
