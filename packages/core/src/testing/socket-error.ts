/**
 * A transport failure as Node reports it — an `Error` with a system `code` — for nock's
 * `replyWithError`. Node's http client only fails a request with a real `Error`; nock hands a plain
 * object through to `fetch` alone.
 */
export function socketError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}
