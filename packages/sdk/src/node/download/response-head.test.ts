import { describe, expect, it } from 'vitest';
import { bodyFraming, MalformedResponseError, parseResponseHead } from './response-head.ts';

const head = (...lines: string[]) => parseResponseHead(lines.join('\r\n'));

describe('parseResponseHead', () => {
  it('reads the status and lower-cased fields, joining repeats', () => {
    expect(
      head('HTTP/1.1 302 Found', 'Location: /next', 'Content-Type:video/mp4 ', 'Via: a', 'via: b'),
    ).toEqual({ statusCode: 302, headers: { location: '/next', 'content-type': 'video/mp4', via: 'a, b' } });
    expect(head('HTTP/1.0 200').statusCode).toBe(200);
  });

  it('accepts a repeated Content-Length only when the values agree', () => {
    expect(head('HTTP/1.1 200 OK', 'Content-Length: 5', 'Content-Length: 5').headers['content-length']).toBe(
      '5',
    );
    expect(() => head('HTTP/1.1 200 OK', 'Content-Length: 5', 'Content-Length: 6')).toThrow(
      MalformedResponseError,
    );
  });

  it.each([
    ['another protocol', ['HTTP/2 200']],
    ['a status out of range', ['HTTP/1.1 99 Low']],
    ['a folded line', ['HTTP/1.1 200 OK', 'X-A: 1', ' folded']],
    ['a name with a space', ['HTTP/1.1 200 OK', 'Content Length: 5']],
    ['a bare LF inside a line', ['HTTP/1.1 200 OK', 'X-A: 1\nX-B: 2']],
    ['a line without a colon', ['HTTP/1.1 200 OK', 'nonsense']],
    ['a NUL byte in a value', ['HTTP/1.1 200 OK', 'X-A: a\u0000b']],
  ])('refuses %s', (_name, lines) => {
    expect(() => head(...lines)).toThrow(MalformedResponseError);
  });
});

describe('bodyFraming', () => {
  const framing = (statusCode: number, headers: Record<string, string>) =>
    bodyFraming({ statusCode, headers });

  it('uses Content-Length, chunked coding, or the end of the connection', () => {
    expect(framing(200, { 'content-length': '42' })).toEqual({ kind: 'length', length: 42 });
    expect(framing(200, { 'transfer-encoding': 'Chunked' })).toEqual({ kind: 'chunked' });
    expect(framing(200, {})).toEqual({ kind: 'close' });
    expect(framing(204, {})).toEqual({ kind: 'length', length: 0 });
  });

  it.each([
    ['a coding other than chunked', { 'transfer-encoding': 'gzip, chunked' }],
    ['both a coding and a length', { 'transfer-encoding': 'chunked', 'content-length': '3' }],
    ['a length that is not a number', { 'content-length': '-1' }],
    ['a length with two values', { 'content-length': '3, 4' }],
  ])('refuses %s', (_name, headers) => {
    expect(() => framing(200, headers)).toThrow(MalformedResponseError);
  });
});
