import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 for faults nock cannot make (stalls, cut bodies). */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Requests received, in order. */
  requests: { method: string; url: string }[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/** Starts a loopback server answering every request with `handler`. */
export async function startLoopback(
  handler: (request: IncomingMessage, response: ServerResponse, index: number) => void,
): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '' });
    // Read the request body so the client is never blocked sending it.
    request.resume();
    handler(request, response, requests.length - 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
