import { getEventListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nodeTransport, PROXY_VARIABLES } from './node-transport.ts';
import type { Transport, TransportRequest } from './transport.ts';

// Real sockets, no nock: what this file checks is the client's own handling of the wire.
type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;
let handler: Handler = (_request, _body, response) => response.end();
let origin = '';
const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => {
    body += chunk;
  });
  request.on('end', () => handler(request, body, response));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transport = nodeTransport() as Transport;

function request(overrides: Partial<TransportRequest> = {}): TransportRequest {
  return {
    url: `${origin}/v1/images?x=1`,
    method: 'GET',
    headers: {},
    body: undefined,
    signal: new AbortController().signal,
    maxBodyBytes: 1024,
    ...overrides,
  };
}

describe('nodeTransport', () => {
  it('is there on Node', () => {
    expect(typeof transport).toBe('function');
  });

  describe('is not used outside Node itself', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it.each([
      ['Bun', 'Bun', 'Bun/1.4.5'],
      ['Deno', 'Deno', 'Deno/2.9.6'],
      ["Cloudflare's workerd", undefined, 'Cloudflare-Workers'],
    ])('%s', (_runtime, global, userAgent) => {
      if (global) vi.stubGlobal(global, {});
      vi.stubGlobal('navigator', { userAgent });
      expect(nodeTransport()).toBeUndefined();
    });

    it('Node 21 and later name themselves Node.js', () => {
      vi.stubGlobal('navigator', { userAgent: 'Node.js/24' });
      expect(typeof nodeTransport()).toBe('function');
    });
  });

  describe('steps aside where fetch has networking set up', () => {
    const DISPATCHER = Symbol.for('undici.globalDispatcher.1');
    const before = (globalThis as Record<symbol, unknown>)[DISPATCHER];
    afterEach(() => {
      vi.unstubAllEnvs();
      (globalThis as Record<symbol, unknown>)[DISPATCHER] = before;
    });

    it.each(['HTTPS_PROXY', 'http_proxy', 'NODE_USE_ENV_PROXY'])('a proxy in %s', (name) => {
      for (const variable of PROXY_VARIABLES) vi.stubEnv(variable, '');
      vi.stubEnv(name, name === 'NODE_USE_ENV_PROXY' ? '1' : 'http://proxy.internal:3128');
      expect(nodeTransport()).toBeUndefined();
    });

    it("a global dispatcher of the program's own (setGlobalDispatcher(new ProxyAgent(…)))", () => {
      class ProxyAgent {}
      (globalThis as Record<symbol, unknown>)[DISPATCHER] = new ProxyAgent();
      expect(nodeTransport()).toBeUndefined();
      class Agent {}
      (globalThis as Record<symbol, unknown>)[DISPATCHER] = new Agent();
      expect(typeof nodeTransport()).toBe('function');
    });
  });

  it('sends the method, path, headers and body as given, with the body length', async () => {
    let seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: string } = {};
    handler = (req, body, res) => {
      seen = { method: req.method, url: req.url, headers: req.headers, body };
      res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'r1' });
      res.end('{"ok":true}');
    };
    const answer = await transport(
      request({
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
        body: '{"prompt":"é"}',
      }),
    );
    expect(seen).toMatchObject({
      method: 'POST',
      url: '/v1/images?x=1',
      body: '{"prompt":"é"}',
      headers: {
        authorization: 'Bearer k',
        'content-type': 'application/json',
        'content-length': '15',
        'user-agent': 'grok-imagine-sdk',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('X-Request-Id')).toBe('r1');
    expect(answer.headers.has('x-request-id')).toBe(true);
    expect(answer.headers.get('retry-after')).toBeNull();
    expect(await answer.readBody()).toEqual({ ok: true, text: '{"ok":true}' });
  });

  it("keeps the caller's own User-Agent", async () => {
    let agent: string | undefined;
    handler = (req, _body, res) => {
      agent = req.headers['user-agent'];
      res.end();
    };
    await (await transport(request({ headers: { 'user-agent': 'my-app/1.0' } }))).readBody();
    expect(agent).toBe('my-app/1.0');
  });

  it('reuses one kept-alive connection for requests one after another', async () => {
    const ports = new Set<number | undefined>();
    handler = (req, _body, res) => {
      ports.add(req.socket.remotePort);
      res.end('{}');
    };
    for (let i = 0; i < 3; i++) await (await transport(request())).readBody();
    expect(ports.size).toBe(1);
  });

  it('joins a header sent twice as Headers does, and never follows a redirect', async () => {
    handler = (_req, _body, res) => {
      res.setHeader('x-tag', ['a', 'b']);
      res.writeHead(307, { location: 'https://elsewhere.example/' });
      res.end();
    };
    const answer = await transport(request());
    expect(answer.status).toBe(307);
    expect(answer.headers.get('x-tag')).toBe('a, b');
    expect(answer.headers.get('location')).toBe('https://elsewhere.example/');
  });

  it('refuses a declared length over the cap without reading it', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.write('x'.repeat(100));
    };
    const answer = await transport(request());
    expect(await answer.readBody()).toEqual({ ok: false, reason: 'too-large', limit: 1024 });
  });

  it('cuts an endless body off at the cap and closes its connection', async () => {
    let closed = false;
    handler = (_req, _body, res) => {
      res.on('close', () => {
        closed = true;
      });
      res.writeHead(200);
      const pump = () => {
        while (!res.destroyed) if (!res.write('y'.repeat(512))) return void res.once('drain', pump);
      };
      pump();
    };
    const answer = await transport(request());
    expect(await answer.readBody()).toEqual({ ok: false, reason: 'too-large', limit: 1024 });
    await expect.poll(() => closed).toBe(true);
  });

  it('ends a stalled body when the signal aborts, as aborted', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200);
      res.write('{"partial":');
    };
    const controller = new AbortController();
    const answer = await transport(request({ signal: controller.signal }));
    const body = answer.readBody();
    controller.abort(new Error('deadline'));
    expect(await body).toMatchObject({ ok: false, reason: 'aborted' });
  });

  it('rejects when the signal aborts before any answer, and at once when it already has', async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = transport(request({ signal: controller.signal }));
    controller.abort(new Error('deadline of 50 ms passed'));
    await expect(pending).rejects.toThrow('deadline of 50 ms passed');
    await expect(transport(request({ signal: controller.signal }))).rejects.toMatchObject({
      message: 'deadline of 50 ms passed before the connection opened',
      requestNotSent: true,
    });
  });

  it('requests sharing one deadline signal hang one listener on it, and all end when it aborts', async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = Array.from({ length: 20 }, () =>
      transport(request({ signal: controller.signal })).then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('deadline of 10 ms passed'));
    // None had its connection open yet: each says so, for the acceptance rules (transport.ts neverLeft).
    expect(new Set(await Promise.all(pending))).toEqual(
      new Set(['deadline of 10 ms passed before the connection opened']),
    );
  });

  it('reports a body the server cuts off as broken', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"cut":');
      setImmediate(() => res.socket?.destroy());
    };
    const answer = await transport(request());
    expect(await answer.readBody()).toMatchObject({ ok: false, reason: 'broken' });
  });

  it('decodes gzip and br bodies, drops a byte-order mark, and refuses an unknown coding', async () => {
    const bodies: Record<string, [string, Buffer]> = {
      '/gzip': ['gzip', gzipSync('{"a":1}')],
      '/br': ['br', brotliCompressSync('{"b":2}')],
      '/bom': ['identity', Buffer.from('\uFEFF{"c":3}')],
      '/zstd': ['zstd', Buffer.from('????')],
    };
    handler = (req, _body, res) => {
      const [coding, bytes] = bodies[req.url as string] as [string, Buffer];
      res.writeHead(200, { 'content-encoding': coding });
      res.end(bytes);
    };
    const read = async (path: string) => (await transport(request({ url: origin + path }))).readBody();
    expect(await read('/gzip')).toEqual({ ok: true, text: '{"a":1}' });
    expect(await read('/br')).toEqual({ ok: true, text: '{"b":2}' });
    expect(await read('/bom')).toEqual({ ok: true, text: '{"c":3}' });
    expect(await read('/zstd')).toMatchObject({ ok: false, reason: 'broken' });
  });

  it('caps the decoded size, not the compressed one', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync('z'.repeat(100_000)));
    };
    const answer = await transport(request());
    expect(await answer.readBody()).toEqual({ ok: false, reason: 'too-large', limit: 1024 });
  });

  it('rejects a request Node refuses to write (a header value with a line break) as never sent', async () => {
    await expect(transport(request({ headers: { 'x-note': 'one\r\ntwo' } }))).rejects.toMatchObject({
      code: 'ERR_INVALID_CHAR',
      requestNotSent: true,
    });
  });

  it('rejects with the system code when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(transport(request({ url: `http://127.0.0.1:${port}/` }))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
