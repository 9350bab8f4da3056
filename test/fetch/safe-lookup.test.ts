import { EventEmitter } from 'node:events';
import type { LookupAddress } from 'node:dns';
import type { Socket } from 'node:net';
import { BlockedAddressError, createAddressPolicy, parseAllowList } from '../../lambdas/fetch/address-policy';
import { createSafeLookup, guardSocket, type Resolver } from '../../lambdas/fetch/safe-lookup';

const resolvingTo =
  (...addresses: string[]): Resolver =>
  (_host, callback) =>
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );

function lookup(resolver: Resolver, options: { all?: boolean; family?: number }, policy = createAddressPolicy()) {
  return new Promise<{ err: Error | null; address: string | LookupAddress[]; family?: number }>((resolve) =>
    createSafeLookup(policy, resolver)('site.test', options, (err, address, family) =>
      resolve({ err, address, family }),
    ),
  );
}

describe('createSafeLookup', () => {
  it('passes only allowed addresses, as a list when asked for all', async () => {
    const result = await lookup(resolvingTo('10.0.0.1', '93.184.216.34', '::1', '2606:4700::1111'), { all: true });
    expect(result.err).toBeNull();
    expect(result.address).toEqual([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:4700::1111', family: 6 },
    ]);
  });

  it('returns the first allowed address of the requested family', async () => {
    const result = await lookup(resolvingTo('127.0.0.1', '93.184.216.34', '2606:4700::1111'), { family: 6 });
    expect(result).toEqual({ err: null, address: '2606:4700::1111', family: 6 });
  });

  it('fails with the policy reason when every address is refused (DNS rebinding to a private address)', async () => {
    const result = await lookup(resolvingTo('169.254.169.254', '10.0.0.1'), {});
    expect(result.err).toBeInstanceOf(BlockedAddressError);
    expect(result.err?.message).toBe('blocked: cloud metadata address 169.254.169.254 (resolved from site.test)');
  });

  it('passes DNS errors through', async () => {
    const failure = Object.assign(new Error('getaddrinfo ENOTFOUND site.test'), { code: 'ENOTFOUND' });
    const result = await lookup((_host, callback) => callback(failure, []), {});
    expect(result.err).toBe(failure);
  });

  it('honours the allow-list', async () => {
    const result = await lookup(resolvingTo('10.1.2.3'), {}, createAddressPolicy(parseAllowList('10.0.0.0/8')));
    expect(result).toEqual({ err: null, address: '10.1.2.3', family: 4 });
  });
});

describe('guardSocket', () => {
  function fakeSocket(remoteAddress: string | undefined, connecting: boolean) {
    const socket = new EventEmitter() as EventEmitter & {
      remoteAddress?: string;
      connecting: boolean;
      destroyed?: Error;
    };
    socket.remoteAddress = remoteAddress;
    socket.connecting = connecting;
    Object.assign(socket, { destroy: (err: Error) => void (socket.destroyed = err) });
    return socket;
  }

  it('destroys a socket that connected to a refused address', () => {
    const socket = fakeSocket(undefined, true);
    guardSocket(socket as unknown as Socket, createAddressPolicy(), 'site.test');
    socket.remoteAddress = '::ffff:10.0.0.1';
    socket.emit('connect');
    expect(socket.destroyed).toBeInstanceOf(BlockedAddressError);
    expect(socket.destroyed?.message).toBe('blocked: private address ::ffff:a00:1 (embeds 10.0.0.1)');
  });

  it('checks an already connected socket at once', () => {
    const socket = fakeSocket('127.0.0.1', false);
    guardSocket(socket as unknown as Socket, createAddressPolicy(), undefined);
    expect(socket.destroyed?.message).toBe('blocked: loopback address 127.0.0.1');
  });

  it('leaves a socket connected to an allowed address alone', () => {
    const socket = fakeSocket(undefined, true);
    guardSocket(socket as unknown as Socket, createAddressPolicy(), 'site.test');
    socket.remoteAddress = '93.184.216.34';
    socket.emit('connect');
    expect(socket.destroyed).toBeUndefined();
  });
});
