import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Job } from '@grok-imagine/core';

/** How the test server answers one path. */
export type MediaHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** One request the media server received. */
export interface MediaServerRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/** A real HTTP server on loopback, scripted per path, recording every request it gets. */
export interface MediaServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  port: number;
  requests: MediaServerRequest[];
  /** Answers `path` with `handler` from now on. */
  route(path: string, handler: MediaHandler): void;
  close(): Promise<void>;
}

/** Starts a media server on 127.0.0.1; unknown paths answer 404. */
export async function startMediaServer(): Promise<MediaServer> {
  const routes = new Map<string, MediaHandler>();
  const requests: MediaServerRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const handler = routes.get(path.split('?')[0]!);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A handler that sends `body` whole with the given headers. */
export function serve(body: Buffer | string, headers: Record<string, string>, status = 200): MediaHandler {
  return (_request, response) => {
    response.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
    response.end(body);
  };
}

/** A job with the given outputs, done, for download tests. */
export function doneJob(outputs: Job['outputs'], extra: Partial<Job> = {}): Job {
  return {
    id: 'xai:req_1_2',
    provider: 'xai',
    type: 'text-to-video',
    status: 'done',
    outputs,
    warnings: [],
    createdAt: 't',
    updatedAt: 't',
    ...extra,
  };
}

/** A media server for a whole test file and a fresh download folder for each test. */
export interface MediaWorld {
  readonly server: MediaServer;
  /** Removed after each test. */
  readonly dir: string;
}

/**
 * Registers the hooks of a download test file: one media server (its request log cleared before
 * each test) and a temporary folder per test, named with `prefix`.
 */
export function useMediaWorld(prefix: string): MediaWorld {
  let server: MediaServer | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    server = await startMediaServer();
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    if (server) server.requests.length = 0;
  });
  afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));
  return {
    get server() {
      if (!server) throw new Error('the media server starts in beforeAll');
      return server;
    },
    get dir() {
      if (!dir) throw new Error('the download folder is made in beforeEach');
      return dir;
    },
  };
}
