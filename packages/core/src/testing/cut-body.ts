import { Readable } from 'node:stream';

/**
 * A response body that sends `text` and then fails like a connection reset mid-stream
 * (`ECONNRESET`). Give it to a mocked 2xx answer to test an answer cut off while being read: the
 * headers arrive, the body never completes.
 */
export function bodyCutAfter(text: string): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(text);
        return;
      }
      this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    },
  });
}
