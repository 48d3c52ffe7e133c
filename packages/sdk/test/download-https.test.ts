import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DownloadChild, startDownloadChild } from './helpers/download-child.ts';
import { makeTestCertificates } from './helpers/test-certificates.ts';

// End-to-end HTTPS downloads: a real TLS server on loopback with a certificate from a throwaway CA,
// and `download()` running in a child process that trusts that CA through NODE_EXTRA_CA_CERTS (or,
// for the refusal case, does not). Real media URLs are https, so this is the path users take.

// Several read buffers' worth, with bytes that differ from one position to the next, so a buffer
// reused too early or TLS records put together out of order would change the digest.
const BODY = Buffer.from(
  Array.from({ length: 5 * 1024 * 1024 + 321 }, (_, i) => (i * 131 + (i >>> 11)) & 255),
);
const MP4 = { 'content-type': 'video/mp4' };

/** One request the HTTPS server received, with the name the client sent in its TLS hello. */
interface SeenRequest {
  path: string;
  host: string | undefined;
  /** Server Name Indication, `false` when none was sent (as for an IP address). */
  servername: string | false;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let root: string;
let dir: string;
let server: Server;
let port: number;
let trusting: DownloadChild;
let untrusting: DownloadChild;
const routes = new Map<string, Handler>();
const seen: SeenRequest[] = [];
const sockets = new Set<Socket>();

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Writes the body in uneven pieces, so TLS records and HTTP chunks fall at odd places.
function writeInPieces(response: ServerResponse, body: Buffer): void {
  let at = 0;
  for (let size = 1; at < body.length; size = (size * 7 + 1000) % 90_000) {
    response.write(body.subarray(at, at + size));
    at += size;
  }
  response.end();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sdk-download-https-'));
  const certificates = await makeTestCertificates(root);
  server = createServer({ key: certificates.key, cert: certificates.cert }, (request, response) => {
    const path = request.url ?? '/';
    const socket = request.socket as TLSSocket;
    seen.push({ path, host: request.headers.host, servername: socket.servername ?? false });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  const { NODE_EXTRA_CA_CERTS: _ignored, ...env } = process.env;
  [trusting, untrusting] = await Promise.all([
    startDownloadChild({ ...env, NODE_EXTRA_CA_CERTS: certificates.caPath }),
    startDownloadChild(env),
  ]);
}, 20_000);

afterAll(async () => {
  await Promise.all([trusting?.close(), untrusting?.close()]);
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (root) await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await mkdtemp(join(root, 'out-'));
  routes.clear();
  seen.length = 0;
  routes.set('/fixed.mp4', (_request, response) => {
    response.writeHead(200, { ...MP4, 'content-length': String(BODY.length) });
    writeInPieces(response, BODY);
  });
  routes.set('/chunked.mp4', (_request, response) => {
    response.writeHead(200, MP4);
    writeInPieces(response, BODY);
  });
});

async function savedDigest(answer: Awaited<ReturnType<DownloadChild['download']>>): Promise<string> {
  if (!answer.ok) throw new Error(`the download failed: ${answer.name}: ${answer.message}`);
  expect(answer.paths).toHaveLength(1);
  return sha256(await readFile(answer.paths[0]!));
}

describe('HTTPS downloads (real TLS, trusted through NODE_EXTRA_CA_CERTS)', () => {
  it('writes a several-MiB body with Content-Length byte for byte, sending the host name as SNI', async () => {
    const answer = await trusting.download(`https://localhost:${port}/fixed.mp4`, dir);
    expect(await savedDigest(answer)).toBe(sha256(BODY));
    expect(seen).toEqual([{ path: '/fixed.mp4', host: `localhost:${port}`, servername: 'localhost' }]);
  });

  it('decodes a chunked body byte for byte from an IP-address URL (no SNI, IP in the certificate)', async () => {
    const answer = await trusting.download(`https://127.0.0.1:${port}/chunked.mp4`, dir);
    expect(await savedDigest(answer)).toBe(sha256(BODY));
    expect(seen).toEqual([{ path: '/chunked.mp4', host: `127.0.0.1:${port}`, servername: false }]);
  });

  it('follows a redirect from one https URL to another', async () => {
    routes.set('/old.mp4', (_request, response) => {
      response.writeHead(302, { location: `https://127.0.0.1:${port}/fixed.mp4` }).end();
    });
    const answer = await trusting.download(`https://localhost:${port}/old.mp4`, dir);
    expect(await savedDigest(answer)).toBe(sha256(BODY));
    expect(seen.map(({ path, servername }) => ({ path, servername }))).toEqual([
      { path: '/old.mp4', servername: 'localhost' },
      { path: '/fixed.mp4', servername: false },
    ]);
  });

  it('refuses a certificate whose names do not match the host, sending no request', async () => {
    const host = `media.example.test:${port}`;
    const answer = await trusting.download(`https://${host}/fixed.mp4`, dir);
    expect(answer).toMatchObject({
      ok: false,
      name: 'ConnectionError',
      isConnectionError: true,
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      // The same certificate would come back: not retried.
      retryable: false,
    });
    expect(answer.ok || answer.message).toContain(host);
    expect(seen).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a certificate from a CA the process does not trust, sending no request', async () => {
    const host = `localhost:${port}`;
    const answer = await untrusting.download(`https://${host}/fixed.mp4`, dir);
    expect(answer).toMatchObject({
      ok: false,
      name: 'ConnectionError',
      isConnectionError: true,
      retryable: false,
    });
    // The server sends its certificate without the CA's, so the issuer is simply unknown.
    expect(answer.ok || answer.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(answer.ok || answer.message).toContain(host);
    expect(seen).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('API requests over HTTPS (Node transport: https with a keep-alive pool)', () => {
  /** Each API request: the path, its key, the TLS name sent and the client port (one per connection). */
  const api: {
    path: string;
    authorization: string | undefined;
    servername: string | false;
    port: number | undefined;
  }[] = [];
  beforeEach(() => {
    api.length = 0;
    routes.set('/v1/images/generations', (request, response) => {
      const socket = request.socket as TLSSocket;
      api.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        servername: socket.servername ?? false,
        port: socket.remotePort,
      });
      request.resume();
      request.on('end', () => {
        const body = JSON.stringify({
          data: [{ url: `https://localhost:${port}/i.png`, respect_moderation: true }],
          usage: { cost_in_usd_ticks: 200_000_000 },
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      });
    });
  });

  it('generates through a verified TLS connection, sent the host as SNI, reused for the next call', async () => {
    const answer = await trusting.generate(`https://localhost:${port}/v1`, 3);
    expect(answer).toEqual({
      ok: true,
      jobs: Array.from({ length: 3 }, () => ({ status: 'done', url: `https://localhost:${port}/i.png` })),
    });
    expect(api.map(({ path, authorization, servername }) => ({ path, authorization, servername }))).toEqual(
      Array.from({ length: 3 }, () => ({
        path: '/v1/images/generations',
        authorization: 'Bearer xai-https-test-key-0000',
        servername: 'localhost',
      })),
    );
    expect(new Set(api.map((request) => request.port)).size).toBe(1);
  });

  it('refuses an untrusted certificate before sending the request: a ConnectionError, never retried', async () => {
    const answer = await untrusting.generate(`https://localhost:${port}/v1`, 1);
    expect(answer).toMatchObject({
      ok: false,
      name: 'ConnectionError',
      isConnectionError: true,
      retryable: false,
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(answer.ok || answer.message).not.toContain('xai-https-test-key-0000');
    expect(api).toEqual([]);
  });
});
