import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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
