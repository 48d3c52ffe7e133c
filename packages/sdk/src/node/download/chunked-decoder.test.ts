import { describe, expect, it } from 'vitest';
import { ChunkedDecoder } from './chunked-decoder.ts';
import { MalformedResponseError } from './response-head.ts';

function decode(pieces: string[]): { body: string; done: boolean } {
  const decoder = new ChunkedDecoder();
  let body = '';
  for (const piece of pieces) {
    for (const part of decoder.push(Buffer.from(piece, 'latin1'))) body += part.toString('latin1');
  }
  return { body, done: decoder.done };
}

describe('ChunkedDecoder', () => {
  it('joins the chunks and stops at the last one, ignoring extensions, trailers and what follows', () => {
    const wire = '5;name=v\r\nhello\r\nA\r\n0123456789\r\n0\r\nx-trailer: 1\r\n\r\nGARBAGE';
    expect(decode([wire])).toEqual({ body: 'hello0123456789', done: true });
  });

  it('gives the same body however the bytes are split, down to one byte per push', () => {
    const wire = '3\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\n\r\n';
    expect(decode(wire.split(''))).toEqual({ body: 'abc0123456789abcdef', done: true });
    expect(decode([wire.slice(0, 4), wire.slice(4, 9), wire.slice(9)])).toEqual({
      body: 'abc0123456789abcdef',
      done: true,
    });
  });

  it('is not done while the last chunk or its blank line is missing', () => {
    expect(decode(['3\r\nabc\r\n'])).toEqual({ body: 'abc', done: false });
    expect(decode(['3\r\nabc\r\n0\r\n'])).toEqual({ body: 'abc', done: false });
  });

  it('returns views into the bytes pushed, not copies', () => {
    const bytes = Buffer.from('4\r\ndata\r\n');
    const [part] = new ChunkedDecoder().push(bytes);
    expect(part!.buffer).toBe(bytes.buffer);
  });

  it.each([
    ['a size that is not hex', 'zz\r\n'],
    ['a size too long to be exact', '12345678901234\r\n'],
    ['data longer than its size', '3\r\nabcd\r\n'],
    ['a bare LF', '3\nabc\r\n'],
    ['an endless size line', `1;${'x'.repeat(5000)}`],
  ])('refuses %s', (_name, wire) => {
    expect(() => decode([wire])).toThrow(MalformedResponseError);
  });
});
