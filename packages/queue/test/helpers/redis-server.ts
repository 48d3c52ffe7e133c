import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A `redis-server` a test started for itself. */
export interface TestRedis {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Its data folder (temporary). */
  dir: string;
  /** Stops the server (SIGTERM; SIGKILL after 2 s) — an outage, when the test restarts it. */
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (data survives with `appendonly`). */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/** A free loopback port: Redis's `--port 0` turns TCP off, so the port is chosen here. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function assertRedisInstalled(): void {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    // Loud on purpose: a queue test run without Redis must fail, never skip.
    throw new Error(
      "redis-server is not installed: the queue tests need it. Install Debian's package: `apt-get install -y redis-server` (or run .ci/install-redis.sh).",
    );
  }
}

async function waitUntilReady(url: string, process: ChildProcess, output: () => string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      if (process.exitCode !== null) throw new Error(`redis-server exited: ${output()}`);
      try {
        if (client.status !== 'ready') await client.connect();
        if ((await client.ping()) === 'PONG') return;
      } catch {
        client.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
    throw new Error(`redis-server did not answer: ${output()}`);
  } finally {
    client.disconnect();
  }
}

/**
 * Starts Debian's `redis-server` on a free loopback port with a temporary folder and no RDB
 * snapshots. `appendonly: true` keeps data across `restart` (for outage tests).
 */
export async function startRedis(options: { appendonly?: boolean } = {}): Promise<TestRedis> {
  assertRedisInstalled();
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'grok-imagine-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', options.appendonly ? 'yes' : 'no', '--appendfsync', 'always');
  let child: ChildProcess | undefined;
  let log = '';
  const start = async () => {
    log = '';
    child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk) => (log = (log + chunk).slice(-2_000)));
    child.stderr?.on('data', (chunk) => (log = (log + chunk).slice(-2_000)));
    await waitUntilReady(url, child, () => log);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 2_000);
    await exited;
    clearTimeout(timer);
  };
  await start();
  return {
    url,
    port,
    dir,
    stop,
    restart: start,
    async close() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
