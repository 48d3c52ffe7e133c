import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** Where Redis is: a URL (`redis://host:6379/0`, `rediss://…` for TLS) or ioredis options. */
export type RedisConnection = string | RedisOptions;

/**
 * A client for the package's own commands (ledger, batch state, limits). A command fails with an
 * error after one reconnect attempt instead of waiting for Redis forever, so an outage surfaces as a
 * `RedisUnavailableError` to the caller; the client keeps reconnecting in the background.
 */
export function createRedisClient(connection: RedisConnection): Redis {
  const options: RedisOptions = { maxRetriesPerRequest: 1, connectTimeout: 5_000 };
  const client =
    typeof connection === 'string'
      ? new Redis(connection, options)
      : new Redis({ ...connection, ...options });
  // ioredis reports connection trouble as 'error' events; the commands that fail report it to callers.
  client.on('error', () => {});
  return client;
}

/** BullMQ's connection options: its workers block on Redis, so they retry a command for as long as it takes. */
export function bullmqConnection(connection: RedisConnection): ConnectionOptions {
  // BullMQ declares its own (looser) copy of ioredis's option type; the values are ioredis options.
  return (
    typeof connection === 'string'
      ? { url: connection, maxRetriesPerRequest: null }
      : { ...connection, maxRetriesPerRequest: null }
  ) as ConnectionOptions;
}

/** Closes a client, quickly even when Redis is gone. */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  try {
    await Promise.race([client.quit(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  } catch {
    // quit fails when the connection is already down: disconnect below ends it either way.
  }
  client.disconnect();
}
