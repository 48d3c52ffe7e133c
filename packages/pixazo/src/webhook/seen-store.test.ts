import { describe, expect, it } from 'vitest';
import { createMemorySeenStore } from './seen-store.ts';

describe('createMemorySeenStore', () => {
  it('remembers keys and forgets the oldest beyond its bound', () => {
    const store = createMemorySeenStore(2);
    store.add('a');
    store.add('b');
    expect(store.has('a')).toBe(true);
    store.add('c');
    expect(store.has('a')).toBe(false);
    expect(store.has('b')).toBe(true);
    expect(store.has('c')).toBe(true);
  });
});
