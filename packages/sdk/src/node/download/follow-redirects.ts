import { MAX_MEDIA_REDIRECTS, REDIRECT_STATUSES } from '../../media/media-redirects.ts';
import type { Transfer } from './fetch-to-file.ts';
import { type MediaResponse, requestMedia } from './media-request.ts';
import { parseMediaUrl } from './media-url.ts';
import { resolveMediaHost } from './resolve-media-host.ts';
import type { TransferDeadline } from './transfer-deadline.ts';
import { brokenTransfer, mediaRefusal } from './transfer-errors.ts';

/**
 * Sends the GET of a transfer and follows redirects by hand, at most `MAX_MEDIA_REDIRECTS`: each
 * hop must be http(s) without credentials, and its host is resolved and checked again before the
 * connection, so a redirect cannot lead to a private address. Resolves with the first response
 * that is not a redirect; `deadline.host` names the host it came from.
 */
export async function followRedirects(
  transfer: Transfer,
  deadline: TransferDeadline,
): Promise<MediaResponse> {
  const { subject } = transfer;
  let url = parseMediaUrl(subject, transfer.url);
  for (let hop = 0; ; hop++) {
    deadline.host = url.host;
    const addresses = await resolveMediaHost(subject, url, transfer.policy);
    let response: MediaResponse;
    try {
      response = await requestMedia({ url, addresses, kind: transfer.kind, signal: deadline.signal });
    } catch (cause) {
      throw deadline.failure ?? brokenTransfer(subject, url.host, cause);
    }
    deadline.touch();
    const status = response.statusCode;
    if (!REDIRECT_STATUSES.has(status)) return response;
    response.destroy();
    const location = response.headers.location;
    if (location === undefined) {
      throw mediaRefusal(
        subject,
        'bad_redirect',
        `${url.host} answered ${status} without a Location header.`,
      );
    }
    if (hop >= MAX_MEDIA_REDIRECTS) {
      const reason = `more than ${MAX_MEDIA_REDIRECTS} redirects, the last from ${url.host}.`;
      throw mediaRefusal(subject, 'too_many_redirects', reason);
    }
    url = parseMediaUrl(subject, location, url);
  }
}
