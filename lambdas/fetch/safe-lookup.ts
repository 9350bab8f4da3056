/**
 * Enforces the address policy at connection time, so there is no window between "checked" and "connected" for DNS
 * rebinding to slip through:
 *
 * - `createSafeLookup` resolves a host, drops every address the policy refuses and hands only the rest to the socket;
 *   the socket can therefore only ever dial an allowed address.
 * - `guardSocket` re-checks `socket.remoteAddress` once connected. Node skips `lookup` entirely for IP-literal hosts,
 *   and this also catches any path (proxy, custom agent option) that bypassed the lookup.
 */
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { BlockedAddressError, type AddressPolicy } from './address-policy';

export type Resolver = (
  hostname: string,
  callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, callback) =>
  dns.lookup(hostname, { all: true, verbatim: true }, (err, addresses) => callback(err, addresses ?? []));

export function createSafeLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (err, addresses) => {
      if (err) return callback(err, '');
      const wantedFamily = options.family === 4 || options.family === 6 ? options.family : undefined;
      const candidates = addresses.filter((a) => wantedFamily === undefined || a.family === wantedFamily);
      const allowed: dns.LookupAddress[] = [];
      let firstRefusal: string | undefined;
      for (const candidate of candidates) {
        const verdict = policy.checkAddress(candidate.address, hostname);
        if (verdict.allowed) allowed.push(candidate);
        else firstRefusal ??= verdict.reason;
      }
      if (allowed.length === 0) {
        const reason = firstRefusal ?? `blocked: ${hostname} did not resolve to any address`;
        return callback(new BlockedAddressError(`${reason} (resolved from ${hostname})`), '');
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** Destroys the socket with a {@link BlockedAddressError} if the peer it connected to is refused by the policy. */
export function guardSocket(socket: Socket, policy: AddressPolicy, hostname: string | undefined): void {
  const check = (): void => {
    const remote = socket.remoteAddress;
    const verdict = remote
      ? policy.checkAddress(remote, hostname)
      : { allowed: false as const, reason: 'blocked: connected socket has no remote address' };
    if (!verdict.allowed) socket.destroy(new BlockedAddressError(verdict.reason));
  };
  if (socket.remoteAddress && !socket.connecting) check();
  else socket.once('connect', check);
}

function hostOf(options: http.ClientRequestArgs): string | undefined {
  return (options.hostname ?? options.host ?? undefined) || undefined;
}

export class SafeHttpAgent extends http.Agent {
  constructor(
    private readonly policy: AddressPolicy,
    resolve?: Resolver,
  ) {
    super({ keepAlive: false, lookup: createSafeLookup(policy, resolve) });
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = super.createConnection(options, callback) as Socket;
    guardSocket(socket, this.policy, hostOf(options));
    return socket;
  }
}

export class SafeHttpsAgent extends https.Agent {
  constructor(
    private readonly policy: AddressPolicy,
    resolve?: Resolver,
  ) {
    super({ keepAlive: false, lookup: createSafeLookup(policy, resolve) });
  }

  override createConnection(
    options: http.ClientRequestArgs,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = super.createConnection(options, callback) as Socket;
    guardSocket(socket, this.policy, hostOf(options));
    return socket;
  }
}

export interface SafeAgents {
  http: http.Agent;
  https: https.Agent;
}

export function createSafeAgents(policy: AddressPolicy, resolve?: Resolver): SafeAgents {
  return { http: new SafeHttpAgent(policy, resolve), https: new SafeHttpsAgent(policy, resolve) };
}
