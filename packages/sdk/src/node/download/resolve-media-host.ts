import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ConnectionError } from '@grok-imagine/core';
import { blockedRange } from '../../media/blocked-address.ts';
import { privateHostReason } from '../../media/private-host.ts';
import { describeSubject, mediaRefusal, type TransferSubject } from './transfer-errors.ts';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** Resolves a host name to every address it has (default: `node:dns` `lookup` with `all: true`). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver, as `fetch` and `http.get` would use it, but asked for every address. */
export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** How a host is checked before a download connects to it. */
export interface HostPolicy {
  resolve: HostResolver;
  /** The name of the range an address is refused for, or `undefined` to allow it. */
  refuse: (address: string) => string | undefined;
}

/** The policy for `allowPrivateHosts`: refuse non-public ranges unless allowed. */
export function hostPolicy(allowPrivateHosts: boolean, resolve: HostResolver = systemResolver): HostPolicy {
  return { resolve, refuse: allowPrivateHosts ? () => undefined : blockedRange };
}

async function addressesOf(
  subject: TransferSubject,
  hostname: string,
  resolve: HostResolver,
): Promise<ResolvedAddress[]> {
  const literal = isIP(hostname);
  if (literal !== 0) return [{ address: hostname, family: literal }];
  try {
    const addresses = await resolve(hostname);
    if (addresses.length > 0) return addresses;
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    throw new ConnectionError(
      `${describeSubject(subject)}: the media host ${hostname} could not be resolved (${typeof code === 'string' ? code : 'lookup failed'}).`,
      { provider: subject.provider, requestId: subject.jobId, code: 'ENOTFOUND', retryable: true },
    );
  }
  throw new ConnectionError(`${describeSubject(subject)}: the media host ${hostname} has no address.`, {
    provider: subject.provider,
    requestId: subject.jobId,
    code: 'ENOTFOUND',
    retryable: true,
  });
}

/**
 * Resolves a media host to all of its addresses and checks every one: a host with any address in a
 * refused range (loopback, private, link-local, unspecified…) is a `ResponseValidationError`, so a
 * provider answer cannot make the SDK fetch from the local network or a cloud metadata endpoint.
 * The caller connects only to the addresses returned here, so a second DNS answer (rebinding)
 * never reaches the socket.
 */
export async function resolveMediaHost(
  subject: TransferSubject,
  url: URL,
  policy: HostPolicy,
): Promise<ResolvedAddress[]> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = await addressesOf(subject, hostname, policy.resolve);
  for (const { address } of addresses) {
    const range = policy.refuse(address);
    if (range === undefined) continue;
    throw mediaRefusal(subject, 'private_media_host', privateHostReason(hostname, range, address));
  }
  return addresses;
}
