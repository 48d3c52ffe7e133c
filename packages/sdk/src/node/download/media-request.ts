import { type IncomingMessage, request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { MediaKind } from './media-content-type.ts';
import type { ResolvedAddress } from './resolve-media-host.ts';

/** One GET of a media URL, connected only to addresses that were checked beforehand. */
export interface MediaRequest {
  url: URL;
  /** The checked addresses of `url`'s host; the socket connects to these and nothing else. */
  addresses: readonly ResolvedAddress[];
  kind: MediaKind;
  /** Ends the request (and the response being read) when it fires. */
  signal: AbortSignal;
}

// Answers the socket's DNS question with the checked addresses: no second lookup happens, so a
// DNS answer that changes between check and connect (rebinding) cannot redirect the socket.
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const list = addresses.map(({ address, family }) => ({ address, family }));
    if (options.all) (callback as (e: null, a: typeof list) => void)(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}

/**
 * Sends the GET and resolves with the response once its headers arrive (redirects are not
 * followed here). Only `Accept` and `User-Agent` are sent: no API key, no cookie, no
 * authorization header ever reaches a media host. A fresh connection per request (`agent: false`)
 * keeps sockets from outliving the download.
 */
export function requestMedia(media: MediaRequest): Promise<IncomingMessage> {
  const options: RequestOptions = {
    method: 'GET',
    headers: {
      accept: `${media.kind}/*, application/octet-stream;q=0.5`,
      'user-agent': 'grok-imagine-sdk',
    },
    lookup: pinnedLookup(media.addresses),
    agent: false,
    signal: media.signal,
  };
  const send = media.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(media.url, options, (response) => {
      // Aborting after the headers must also end the body being read.
      media.signal.addEventListener('abort', () => response.destroy(), { once: true });
      resolve(response);
    });
    request.on('error', reject);
    request.end();
  });
}
