import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, expectRefused, expectUncertain } from '../../test/support/create-attempt.ts';

// Real sockets, no nock. A TCP server that accepts and then says nothing: over https the TLS
// handshake never finishes (the connection never opens, the request never leaves); over http the
// request is written and no answer comes.
let server: Server;
let origin: string;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** One create to the silent server with a 50 ms deadline and one retry allowed (10 ms apart). */
const createWithDeadline = (scheme: 'http' | 'https') =>
  create({ baseURL: `${scheme}://${origin}/v1`, timeoutMs: 50, retry: { retries: 1, minDelayMs: 10 } });

describe('a create whose deadline passes', () => {
  it('before its connection opened (TLS handshake unanswered) → refused, not uncertain, and sent again', async () => {
    const before = sockets.length;
    const { error, clock } = await createWithDeadline('https');
    expectRefused(error, 'RequestTimeoutError');
    expect(error.message).toBe(
      `xai: POST https://${origin}/v1/videos/generations could not connect within 50 ms.`,
    );
    expect(clock.sleeps).toEqual([10]);
    expect(sockets.length - before).toBe(2);
  });

  it('after the request was written (no answer) → SubmissionUncertainError, not sent again', async () => {
    const before = sockets.length;
    const { error, clock } = await createWithDeadline('http');
    expectUncertain(error, 'RequestTimeoutError');
    expect((error.cause as Error).message).toBe(
      `xai: POST http://${origin}/v1/videos/generations got no answer within 50 ms.`,
    );
    expect(clock.sleeps).toEqual([]);
    expect(sockets.length - before).toBe(1);
  });
});

describe('a create Node refuses to write', () => {
  it('(a header value with a line break) → refused, accepted "no", nothing reached the server', async () => {
    const before = sockets.length;
    const { error, attempt } = await create({
      baseURL: `http://${origin}/v1`,
      headers: { 'x-note': 'one\r\ntwo' },
      retry: { retries: 0 },
    });
    expectRefused(error, 'ConnectionError');
    expect(attempt.sent).toBe(true);
    expect(sockets.length - before).toBe(0);
  });
});
