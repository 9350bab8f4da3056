/**
 * SSRF guard: decides which URLs and which IP addresses Gazette may connect to.
 *
 * Everything that is not ordinary global unicast is refused unless an explicit allow-list covers it. Addresses are
 * compared as bytes, never as strings, so every spelling of an address (decimal `2130706433`, octal `0177.0.0.1`,
 * hex `0x7f.1`, short `127.1`, IPv4-mapped `::ffff:7f00:1`) lands on the same verdict.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** Name of the environment variable holding the allow-list (comma-separated hosts, IPs and CIDRs, v4 and v6). */
export const FETCH_ALLOW_ENV = 'GAZETTE_FETCH_ALLOW';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'unique-local'
  | 'metadata';

export interface AddressClassification {
  kind: AddressClass;
  /** Canonical text of the address that was classified. */
  address: string;
  /** For IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4): that address. */
  embeddedIPv4?: string;
}

export type PolicyVerdict = { allowed: true } | { allowed: false; reason: string };

interface Cidr {
  bytes: Uint8Array;
  prefix: number;
}

export interface AllowList {
  /** Lower-case host names; a match lets that host resolve to any address. */
  hosts: ReadonlySet<string>;
  networks: readonly Cidr[];
}

export const EMPTY_ALLOW_LIST: AllowList = { hosts: new Set(), networks: [] };

export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
}

/**
 * Parses an IPv4 host the way URL parsers and `inet_aton` do: 1–4 parts, each decimal, octal (leading 0) or hex
 * (0x), the last part filling the remaining bytes. Returns null for anything that is not such a number.
 */
export function parseIPv4Loose(text: string): Uint8Array | null {
  const trimmed = text.endsWith('.') ? text.slice(0, -1) : text;
  const parts = trimmed.split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0x[0-9a-f]*$/i.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) value = parseInt(part.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) value = Number(part);
    else return null;
    if (!Number.isSafeInteger(value)) return null;
    values.push(value);
  }
  const last = values.pop() as number;
  if (values.some((v) => v > 255)) return null;
  const lastBytes = 4 - values.length;
  if (last >= 2 ** (8 * lastBytes)) return null;
  const bytes = new Uint8Array(4);
  values.forEach((v, i) => (bytes[i] = v));
  for (let i = 0; i < lastBytes; i += 1) bytes[3 - i] = Math.floor(last / 2 ** (8 * i)) % 256;
  return bytes;
}

function parseIPv6(text: string): Uint8Array | null {
  const address = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(address)) return null;
  let head = address;
  let tailV4: number[] = [];
  const v4Match = /:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4Match) {
    tailV4 = v4Match[1].split('.').map(Number);
    head = address.slice(0, -v4Match[1].length) + '0:0';
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, null];
  const groups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const leftGroups = groups(left);
  const rightGroups = right === null ? [] : groups(right);
  const fill = 8 - leftGroups.length - rightGroups.length;
  const all = [...leftGroups, ...new Array<number>(right === null ? 0 : fill).fill(0), ...rightGroups];
  if (all.length !== 8) return null;
  const bytes = new Uint8Array(16);
  all.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  if (v4Match) bytes.set(tailV4, 12);
  return bytes;
}

/** Bytes of an IP literal (4 for IPv4, 16 for IPv6), or null if the text is not one. */
function parseIp(text: string): Uint8Array | null {
  if (isIPv4(text)) return Uint8Array.from(text.split('.').map(Number));
  return parseIPv6(text) ?? parseIPv4Loose(text);
}

function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  // Compress the longest run of zero groups, as RFC 5952 asks, so messages show the familiar spelling.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; i += 1) {
    let j = i;
    while (j < 8 && groups[j] === '0') j += 1;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
  }
  if (bestStart < 0) return groups.join(':');
  return `${groups.slice(0, bestStart).join(':')}::${groups.slice(bestStart + bestLength).join(':')}`;
}

function inCidr(bytes: Uint8Array, cidr: Cidr): boolean {
  if (bytes.length !== cidr.bytes.length) return false;
  const fullBytes = Math.floor(cidr.prefix / 8);
  for (let i = 0; i < fullBytes; i += 1) if (bytes[i] !== cidr.bytes[i]) return false;
  const remainingBits = cidr.prefix % 8;
  if (remainingBits === 0) return true;
  const mask = (0xff << (8 - remainingBits)) & 0xff;
  return (bytes[fullBytes] & mask) === (cidr.bytes[fullBytes] & mask);
}

function cidr(text: string): Cidr {
  const [ip, prefix] = text.split('/');
  return { bytes: parseIp(ip) as Uint8Array, prefix: Number(prefix) };
}

/** Ordered: the first matching range wins, so specific ranges come before the ranges that contain them. */
const IPV4_RANGES: ReadonlyArray<[Cidr, AddressClass]> = [
  [cidr('0.0.0.0/32'), 'unspecified'],
  [cidr('0.0.0.0/8'), 'reserved'],
  [cidr('10.0.0.0/8'), 'private'],
  [cidr('100.64.0.0/10'), 'cgnat'],
  [cidr('127.0.0.0/8'), 'loopback'],
  [cidr('169.254.169.254/32'), 'metadata'],
  [cidr('169.254.0.0/16'), 'link-local'],
  [cidr('172.16.0.0/12'), 'private'],
  [cidr('192.0.0.0/24'), 'reserved'],
  [cidr('192.0.2.0/24'), 'reserved'],
  [cidr('192.88.99.0/24'), 'reserved'],
  [cidr('192.168.0.0/16'), 'private'],
  [cidr('198.18.0.0/15'), 'reserved'],
  [cidr('198.51.100.0/24'), 'reserved'],
  [cidr('203.0.113.0/24'), 'reserved'],
  [cidr('224.0.0.0/4'), 'multicast'],
  [cidr('255.255.255.255/32'), 'broadcast'],
  [cidr('240.0.0.0/4'), 'reserved'],
];

const IPV6_RANGES: ReadonlyArray<[Cidr, AddressClass]> = [
  [cidr('::/128'), 'unspecified'],
  [cidr('::1/128'), 'loopback'],
  [cidr('fd00:ec2::254/128'), 'metadata'],
  [cidr('fc00::/7'), 'unique-local'],
  [cidr('fe80::/10'), 'link-local'],
  [cidr('fec0::/10'), 'reserved'],
  [cidr('ff00::/8'), 'multicast'],
  [cidr('64:ff9b:1::/48'), 'reserved'],
  [cidr('100::/64'), 'reserved'],
  // Teredo hides its client address obfuscated; nothing legitimate for a news crawler lives there.
  [cidr('2001::/32'), 'reserved'],
  [cidr('2001:db8::/32'), 'reserved'],
];

const GLOBAL_UNICAST_V6 = cidr('2000::/3');

/** IPv6 forms that carry an IPv4 address the connection may end up at: offset of those four bytes. */
const EMBEDDING_V6: ReadonlyArray<[Cidr, number]> = [
  [cidr('::ffff:0:0/96'), 12],
  [cidr('::/96'), 12],
  [cidr('64:ff9b::/96'), 12],
  [cidr('2002::/16'), 2],
];

function classifyIPv4(bytes: Uint8Array): AddressClass {
  for (const [range, kind] of IPV4_RANGES) if (inCidr(bytes, range)) return kind;
  return 'public';
}

function classifyBytes(bytes: Uint8Array): AddressClassification {
  const address = formatIp(bytes);
  if (bytes.length === 4) return { kind: classifyIPv4(bytes), address };
  for (const [range, kind] of IPV6_RANGES) if (inCidr(bytes, range)) return { kind, address };
  for (const [range, offset] of EMBEDDING_V6) {
    if (!inCidr(bytes, range)) continue;
    const v4 = bytes.slice(offset, offset + 4);
    return { kind: classifyIPv4(v4), address, embeddedIPv4: formatIp(v4) };
  }
  return { kind: inCidr(bytes, GLOBAL_UNICAST_V6) ? 'public' : 'reserved', address };
}

/** Classifies an IP literal (any spelling); null if the text is not an IP address. */
export function classifyAddress(text: string): AddressClassification | null {
  const bytes = parseIp(text);
  return bytes ? classifyBytes(bytes) : null;
}

/**
 * Parses the allow-list text: entries separated by commas or whitespace, each a host name, an IP address or a CIDR
 * (`10.0.0.0/8`, `fd00::/8`). Throws on an entry that looks like an address but is malformed, so a typo does not
 * silently widen or narrow the policy.
 */
export function parseAllowList(text: string): AllowList {
  const hosts = new Set<string>();
  const networks: Cidr[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const slash = entry.indexOf('/');
    const ipPart = (slash >= 0 ? entry.slice(0, slash) : entry).replace(/^\[|\]$/g, '');
    const bytes = isIPv4(ipPart) || isIPv6(ipPart) ? parseIp(ipPart) : null;
    if (bytes) {
      const maxPrefix = bytes.length * 8;
      const prefix = slash >= 0 ? Number(entry.slice(slash + 1)) : maxPrefix;
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix || entry.endsWith('/')) {
        throw new Error(`invalid allow-list entry ${entry}`);
      }
      networks.push({ bytes, prefix });
    } else if (slash < 0 && /^[a-z0-9.-]+$/i.test(entry) && !/^[0-9.]+$/.test(entry)) {
      hosts.add(entry.toLowerCase().replace(/\.$/, ''));
    } else {
      throw new Error(`invalid allow-list entry ${entry}`);
    }
  }
  return { hosts, networks };
}

export function allowListFromEnvironment(env: NodeJS.ProcessEnv = process.env): AllowList {
  return parseAllowList(env[FETCH_ALLOW_ENV] ?? '');
}

export interface AddressPolicy {
  /** Checks a URL before any connection: scheme, and the host when it is an IP literal or a local name. */
  checkUrl(url: string | URL): PolicyVerdict;
  /** Checks an address a host resolved to, or a socket is connected to. */
  checkAddress(address: string, hostname?: string): PolicyVerdict;
}

function describe(c: AddressClassification): string {
  const label = c.kind === 'metadata' ? 'cloud metadata' : c.kind;
  const embedded = c.embeddedIPv4 ? ` (embeds ${c.embeddedIPv4})` : '';
  return `blocked: ${label} address ${c.address}${embedded}`;
}

function normaliseHostname(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

export function createAddressPolicy(allow: AllowList = EMPTY_ALLOW_LIST): AddressPolicy {
  const hostAllowed = (hostname: string | undefined): boolean =>
    hostname !== undefined && allow.hosts.has(normaliseHostname(hostname));

  const checkAddress = (address: string, hostname?: string): PolicyVerdict => {
    const bytes = parseIp(address.replace(/%.*$/, ''));
    if (!bytes) return { allowed: false, reason: `blocked: not an IP address ${address}` };
    if (hostAllowed(hostname)) return { allowed: true };
    if (allow.networks.some((network) => inCidr(bytes, network))) return { allowed: true };
    const classification = classifyBytes(bytes);
    if (classification.kind === 'public') return { allowed: true };
    return { allowed: false, reason: describe(classification) };
  };

  const checkUrl = (input: string | URL): PolicyVerdict => {
    let url: URL;
    try {
      url = typeof input === 'string' ? new URL(input) : input;
    } catch {
      return { allowed: false, reason: `blocked: invalid URL ${String(input)}` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { allowed: false, reason: `blocked: scheme ${url.protocol.replace(/:$/, '')} is not http or https` };
    }
    if (url.username || url.password) return { allowed: false, reason: 'blocked: URL carries credentials' };
    const hostname = normaliseHostname(url.hostname);
    if (hostAllowed(hostname)) return { allowed: true };
    if (parseIp(hostname)) return checkAddress(hostname);
    // Names that resolve locally by convention; the connect-time check would catch them, but refusing early gives a
    // clearer reason than a DNS answer.
    if (hostname === 'localhost' || hostname.endsWith('.localhost')) {
      return { allowed: false, reason: `blocked: loopback host ${hostname}` };
    }
    return { allowed: true };
  };

  return { checkUrl, checkAddress };
}
