/**
 * Remembers which webhook deliveries were handled, by `<job id>:<status>`. The default keeps a
 * bounded set in memory; give one backed by Redis or a database when several instances receive
 * callbacks, so a duplicate that reaches another instance is still recognised.
 */
export interface WebhookSeenStore {
  /** True when this delivery key was handled before. */
  has(key: string): boolean | Promise<boolean>;
  /** Records a delivery key as handled. */
  add(key: string): void | Promise<void>;
}

/** An in-memory `WebhookSeenStore` that forgets the oldest keys beyond `maxEntries` (default 10,000). */
export function createMemorySeenStore(maxEntries = 10_000): WebhookSeenStore {
  const keys = new Set<string>();
  return {
    has: (key) => keys.has(key),
    add: (key) => {
      keys.add(key);
      // A Set iterates in insertion order, so the first key is the oldest.
      for (const oldest of keys) {
        if (keys.size <= maxEntries) break;
        keys.delete(oldest);
      }
    },
  };
}
