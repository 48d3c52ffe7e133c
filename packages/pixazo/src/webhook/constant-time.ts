const encoder = new TextEncoder();

/**
 * Compares two strings over their UTF-8 bytes in time that depends only on `expected`'s length, so
 * a caller cannot find a secret byte by byte from response times. Runtime-neutral (no node:crypto).
 */
export function constantTimeEqual(given: string, expected: string): boolean {
  const a = encoder.encode(given);
  const b = encoder.encode(expected);
  let difference = a.length ^ b.length;
  for (let index = 0; index < b.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}
