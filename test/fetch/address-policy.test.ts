import {
  allowListFromEnvironment,
  classifyAddress,
  createAddressPolicy,
  parseAllowList,
  parseIPv4Loose,
} from '../../lambdas/fetch/address-policy';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['0.1.2.3', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['100.128.0.1', 'public'],
    ['2606:4700::1111', 'public'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)?.kind).toBe(kind);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback', '127.0.0.1'],
    ['::ffff:7f00:1', 'loopback', '127.0.0.1'],
    ['::ffff:10.0.0.1', 'private', '10.0.0.1'],
    ['::ffff:169.254.169.254', 'metadata', '169.254.169.254'],
    ['::127.0.0.1', 'loopback', '127.0.0.1'],
    ['64:ff9b::10.0.0.1', 'private', '10.0.0.1'],
    ['64:ff9b::7f00:1', 'loopback', '127.0.0.1'],
    ['2002:c0a8:0101::1', 'private', '192.168.1.1'],
    ['2002:7f00:1::', 'loopback', '127.0.0.1'],
  ])('%s embeds a %s IPv4 address', (address, kind, embedded) => {
    expect(classifyAddress(address)).toMatchObject({ kind, embeddedIPv4: embedded });
  });

  it('treats an IPv4-mapped public address as public', () => {
    expect(classifyAddress('::ffff:8.8.8.8')?.kind).toBe('public');
  });

  it('returns null for non-addresses', () => {
    expect(classifyAddress('example.com')).toBeNull();
    expect(classifyAddress('1.2.3.4.5')).toBeNull();
    expect(classifyAddress('256.1.1.1')).toBeNull();
  });
});

describe('parseIPv4Loose', () => {
  it.each([
    ['2130706433', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['10.1', '10.0.0.1'],
    ['192.168.257', '192.168.1.1'],
    ['127.0.0.1.', '127.0.0.1'],
  ])('reads %s as %s', (text, dotted) => {
    expect(Array.from(parseIPv4Loose(text) ?? []).join('.')).toBe(dotted);
  });

  it.each(['4294967296', '256.0.0.1', '1.2.3.4.5', '08.0.0.1', 'abc', ''])('rejects %s', (text) => {
    expect(parseIPv4Loose(text)).toBeNull();
  });
});

describe('createAddressPolicy without an allow-list', () => {
  const policy = createAddressPolicy();

  it.each([
    ['http://127.0.0.1/', 'blocked: loopback address 127.0.0.1'],
    ['http://10.0.0.1/', 'blocked: private address 10.0.0.1'],
    ['http://169.254.169.254/latest/meta-data/', 'blocked: cloud metadata address 169.254.169.254'],
    ['http://[fd00:ec2::254]/', 'blocked: cloud metadata address fd00:ec2::254'],
    ['http://[::1]/', 'blocked: loopback address ::1'],
    ['http://[::ffff:127.0.0.1]/', 'blocked: loopback address ::ffff:7f00:1 (embeds 127.0.0.1)'],
    ['http://[64:ff9b::a00:1]/', 'blocked: private address 64:ff9b::a00:1 (embeds 10.0.0.1)'],
    ['http://[2002:a00:1::]/', 'blocked: private address 2002:a00:1:: (embeds 10.0.0.1)'],
    ['http://100.64.1.1/', 'blocked: cgnat address 100.64.1.1'],
    ['http://[fe80::1]/', 'blocked: link-local address fe80::1'],
    ['http://224.0.0.1/', 'blocked: multicast address 224.0.0.1'],
    ['http://0.0.0.0/', 'blocked: unspecified address 0.0.0.0'],
    ['http://255.255.255.255/', 'blocked: broadcast address 255.255.255.255'],
  ])('refuses %s', (url, reason) => {
    expect(policy.checkUrl(url)).toEqual({ allowed: false, reason });
  });

  it.each([
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.1/',
    'http://127.1/',
    'http://0x7f000001/',
    'http://127.0.0.1./',
  ])('normalises the spelling %s and refuses it as loopback', (url) => {
    expect(policy.checkUrl(url)).toEqual({ allowed: false, reason: 'blocked: loopback address 127.0.0.1' });
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/', 'gopher://example.com/', 'data:text/html,hi'])(
    'refuses the non-http scheme of %s',
    (url) => {
      const verdict = policy.checkUrl(url);
      expect(verdict.allowed).toBe(false);
      expect(verdict).toMatchObject({ reason: expect.stringMatching(/^blocked: scheme/) });
    },
  );

  it('refuses localhost names and URLs with credentials', () => {
    expect(policy.checkUrl('http://localhost:8080/')).toEqual({
      allowed: false,
      reason: 'blocked: loopback host localhost',
    });
    expect(policy.checkUrl('http://api.localhost/')).toMatchObject({ allowed: false });
    expect(policy.checkUrl('http://user:pw@example.com/')).toMatchObject({ allowed: false });
  });

  it('allows public addresses and host names (names are checked again after resolution)', () => {
    expect(policy.checkUrl('https://example.com/news/1')).toEqual({ allowed: true });
    expect(policy.checkUrl('http://8.8.8.8/')).toEqual({ allowed: true });
    expect(policy.checkAddress('2606:4700::1111')).toEqual({ allowed: true });
  });

  it('checks resolved addresses with zone ids', () => {
    expect(policy.checkAddress('fe80::1%eth0')).toMatchObject({ allowed: false });
  });
});

describe('allow-list', () => {
  it('parses hosts, IPs and CIDRs of both families', () => {
    const allow = parseAllowList('127.0.0.1, 10.0.0.0/8 ,fd00::/8,[::1], Intranet.Example.');
    expect([...allow.hosts]).toEqual(['intranet.example']);
    expect(allow.networks.map((n) => n.prefix)).toEqual([32, 8, 8, 128]);
  });

  it.each(['10.0.0.0/33', '::1/129', '10.0.0.0/', '1.2.3/8', 'bad_host!'])(
    'rejects the malformed entry %s',
    (entry) => {
      expect(() => parseAllowList(entry)).toThrow(`invalid allow-list entry ${entry}`);
    },
  );

  it('lets covered addresses through and nothing else', () => {
    const policy = createAddressPolicy(parseAllowList('127.0.0.1,10.1.0.0/16,fd00::/8'));
    expect(policy.checkUrl('http://127.0.0.1:8080/')).toEqual({ allowed: true });
    expect(policy.checkUrl('http://2130706433/')).toEqual({ allowed: true });
    expect(policy.checkUrl('http://127.0.0.2/')).toMatchObject({ allowed: false });
    expect(policy.checkUrl('http://10.1.2.3/')).toEqual({ allowed: true });
    expect(policy.checkUrl('http://10.2.0.1/')).toMatchObject({ allowed: false });
    expect(policy.checkUrl('http://169.254.169.254/')).toMatchObject({ allowed: false });
    expect(policy.checkAddress('fd00:ec2::254')).toEqual({ allowed: true });
    expect(policy.checkAddress('fc00::1')).toMatchObject({ allowed: false });
  });

  it('lets an allow-listed host name resolve to private addresses', () => {
    const policy = createAddressPolicy(parseAllowList('intranet.example'));
    expect(policy.checkAddress('10.0.0.5', 'INTRANET.example')).toEqual({ allowed: true });
    expect(policy.checkAddress('10.0.0.5', 'other.example')).toMatchObject({ allowed: false });
  });

  it('reads GAZETTE_FETCH_ALLOW', () => {
    const allow = allowListFromEnvironment({ GAZETTE_FETCH_ALLOW: '192.168.0.0/16' });
    expect(createAddressPolicy(allow).checkUrl('http://192.168.4.4/')).toEqual({ allowed: true });
    expect(allowListFromEnvironment({}).networks).toHaveLength(0);
  });
});
