/**
 * A small seeded pseudo-random source (mulberry32). The emulator draws every id, timing jitter and
 * random fault from seeded streams so that two emulators started with the same seed and fed the
 * same requests answer identically.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** `length` lowercase hex characters. */
  hex(length: number): string;
  /** A UUID-shaped string (8-4-4-4-12 hex) with the given version nibble. */
  uuid(version?: number): string;
}

/** Mixes a stream name into a seed so that independent streams (ids, faults, timings) never collide. */
export function deriveSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x85ebca6b) >>> 0;
    hash ^= hash >>> 13;
  }
  return hash >>> 0;
}

/** Creates a seeded random source. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (version = 4): string => {
    const variant = (8 + Math.floor(next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-${version.toString(16)}${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  return { next, hex, uuid };
}
