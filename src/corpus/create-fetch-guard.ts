import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { isInternalAddress } from './is-internal-address.js';

/** The connection was refused because the host is, or resolves to, a private or internal address. */
export class PrivateAddressError extends Error {
  constructor() {
    super('that address is private or internal');
    this.name = 'PrivateAddressError';
  }
}

/** Resolves a host name to every address it has, like `dns.lookup(host, { all: true })`. */
export type ResolveHost = (hostname: string, family: number) => Promise<LookupAddress[]>;

export interface FetchGuardOptions {
  /** MINERALS_ALLOW_PRIVATE_URLS: let private and internal targets through (local testing only). */
  allowPrivate: boolean;
  /** Name resolution; default the system resolver (dns.lookup). */
  resolve?: ResolveHost;
  /**
   * Which addresses are refused; default isInternalAddress. Tests narrow it to keep one loopback address
   * "public".
   */
  isRefused?: (address: string) => boolean;
  /** Connect timeout; default 10 s. */
  connectTimeoutMs?: number;
}

const systemResolve: ResolveHost = (hostname, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, family, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });

/**
 * The lookup the socket connects with: it resolves once, refuses when any address is internal,
 * and hands net.connect exactly the addresses it checked, so a DNS answer cannot change
 * between the check and the connection (no rebinding).
 */
function guardedLookup(resolve: ResolveHost, isRefused: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options.family === 4 || options.family === 6 ? options.family : 0).then(
      (addresses) => {
        if (addresses.length === 0)
          return callback(
            Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
            '',
            0,
          );
        if (addresses.some((a) => isRefused(a.address))) return callback(new PrivateAddressError(), '', 0);
        if (options.all)
          return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/**
 * An undici dispatcher for fetching URLs users supply. Every connection it opens (the first
 * request and each redirect hop alike) is checked at the socket: an IP literal directly, a
 * host name through `guardedLookup`. With `allowPrivate` it is a plain agent.
 */
export function createFetchGuard(options: FetchGuardOptions): Dispatcher {
  const timeout = options.connectTimeoutMs ?? 10_000;
  if (options.allowPrivate) return new Agent({ connect: { timeout } });
  const isRefused = options.isRefused ?? isInternalAddress;
  const connect = buildConnector({
    timeout,
    lookup: guardedLookup(options.resolve ?? systemResolve, isRefused),
  });
  return new Agent({
    connect: (target, callback) => {
      // net.connect skips the lookup for IP literals, so they are checked here.
      if (isIP(target.hostname) && isRefused(target.hostname))
        return callback(new PrivateAddressError(), null);
      return connect(target, callback);
    },
  });
}
