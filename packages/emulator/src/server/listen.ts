import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type AsyncListener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Starts an HTTP server on 127.0.0.1 (`port` 0 picks a free one) and resolves with the port. */
export async function listenOnLoopback(
  listener: AsyncListener,
  port: number,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    listener(req, res).catch(() => {
      // A bug in a handler must not take the emulator down; the client sees a bare 500.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('emulator error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Stops a server, cutting idle and active keep-alive connections. */
export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
