import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ProviderId } from '@grok-imagine/core';

/** The endpoints a provider's answers are scripted by. */
export type Endpoint = 'create' | 'status' | 'cancel' | 'list' | 'account' | 'media';

/** How the server answers one request. */
export type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/** One request the server received. */
export interface Hit {
  provider: ProviderId | 'media';
  endpoint: Endpoint;
  method: string;
  path: string;
}

/**
 * One test's view of the server: its own base URLs, scripts and hits, so cases can run concurrently
 * without seeing each other's answers.
 */
export interface HostileSession {
  /** Base URLs to give `createImagine` (`providers.<id>.baseURL`). */
  baseURLs: Record<ProviderId, string>;
  /** A media URL of this session (`…/media/<name>`). */
  mediaURL(name: string): string;
  /** Every request of this session, in order. */
  hits: Hit[];
  /** Answers `endpoint` of `provider` with `answer` from now on (media: `provider` is ignored). */
  script(provider: ProviderId | 'media', endpoint: Endpoint, answer: Answer): void;
}

/** A loopback server that speaks as all three providers, scripted per session, provider and endpoint. */
export interface HostileServer {
  origin: string;
  /** A fresh session; unscripted endpoints give the default answers. */
  session(): HostileSession;
  close(): Promise<void>;
}

const PREFIX: Record<ProviderId, string> = { xai: '/xai/v1', pixazo: '/pixazo', vydra: '/vydra/api/v1' };

function endpointOf(provider: ProviderId, method: string, path: string): Endpoint | undefined {
  if (provider === 'xai') {
    if (method === 'POST') return 'create';
    if (method === 'GET' && path.startsWith('/videos/')) return 'status';
  }
  if (provider === 'pixazo') {
    if (method === 'POST' && path.endsWith('-request')) return 'create';
    if (method === 'GET' && path.startsWith('/v2/requests/status/')) return 'status';
  }
  if (provider === 'vydra') {
    if (method === 'POST' && path === '/models/grok-imagine') return 'create';
    if (method === 'GET' && path === '/jobs') return 'list';
    if (method === 'GET' && path.startsWith('/jobs/')) return 'status';
    if (method === 'DELETE' && path.startsWith('/jobs/')) return 'cancel';
    if (method === 'GET' && (path === '/organization' || path === '/account/rate-limits')) return 'account';
  }
  return undefined;
}

function route(url: string): { session: string; provider: ProviderId | 'media'; path: string } | undefined {
  const match = /^\/(s\d+)(\/[^?]*)/.exec(url);
  if (!match) return undefined;
  const [, session = '', path = '/'] = match;
  if (path.startsWith('/media/')) return { session, provider: 'media', path };
  for (const [provider, prefix] of Object.entries(PREFIX) as [ProviderId, string][])
    if (path.startsWith(`${prefix}/`)) return { session, provider, path: path.slice(prefix.length) };
  return undefined;
}

/**
 * Starts the server on 127.0.0.1. Unscripted endpoints give documented, harmless answers (see
 * `defaultAnswer`), so a test scripts only the endpoint it makes hostile. Sockets are destroyed on
 * close, so a stalled answer never keeps the process alive.
 */
export async function startHostileServer(defaultAnswer: (hit: Hit) => Answer): Promise<HostileServer> {
  const sessions = new Map<string, { scripts: Map<string, Answer>; hits: Hit[] }>();
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    const routed = route(request.url ?? '/');
    const session = routed && sessions.get(routed.session);
    const endpoint =
      routed === undefined
        ? undefined
        : routed.provider === 'media'
          ? 'media'
          : endpointOf(routed.provider, method, routed.path);
    if (!routed || !session || !endpoint) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"no such endpoint"}');
      return;
    }
    const hit: Hit = { provider: routed.provider, endpoint, method, path: routed.path };
    session.hits.push(hit);
    // Drain the request body so a scripted answer never waits on it; one request per connection, so
    // no case meets a kept-alive socket that an earlier one left half-closed.
    request.resume();
    response.setHeader('connection', 'close');
    const answer = session.scripts.get(`${routed.provider}:${endpoint}`) ?? defaultAnswer(hit);
    answer(request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let next = 0;
  return {
    origin,
    session() {
      const id = `s${next++}`;
      const scripts = new Map<string, Answer>();
      const hits: Hit[] = [];
      sessions.set(id, { scripts, hits });
      const base = `${origin}/${id}`;
      return {
        baseURLs: {
          xai: `${base}${PREFIX.xai}`,
          pixazo: `${base}${PREFIX.pixazo}`,
          vydra: `${base}${PREFIX.vydra}`,
        },
        mediaURL: (name) => `${base}/media/${name}`,
        hits,
        script: (provider, endpoint, answer) =>
          scripts.set(`${endpoint === 'media' ? 'media' : provider}:${endpoint}`, answer),
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
