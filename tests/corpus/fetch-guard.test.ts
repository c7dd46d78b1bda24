import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFetchGuard, type ResolveHost } from '../../src/corpus/create-fetch-guard.js';
import { fetchResource, type FetchOptions } from '../../src/corpus/fetch-resource.js';
import { IngestError } from '../../src/corpus/ingest-error.js';
import { isInternalAddress } from '../../src/corpus/is-internal-address.js';
import { unwrapSlackLink } from '../../src/slack/commands/add-command.js';

/** A loopback server that counts every request it gets and records the Host header. */
async function listen(host: string) {
  const requests: string[] = [];
  let onRequest: (path: string) => {
    status: number;
    headers: Record<string, string>;
    body: string;
  } = () => ({
    status: 200,
    headers: { 'content-type': 'text/html' },
    body: '<p>internal password: hunter2</p>',
  });
  const server: Server = createServer((req, res) => {
    requests.push(`${req.headers.host} ${req.url}`);
    const reply = onRequest(req.url ?? '/');
    res.writeHead(reply.status, reply.headers).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route(fn: typeof onRequest) {
      onRequest = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Site = Awaited<ReturnType<typeof listen>>;
let v4: Site;
let v6: Site;
let other: Site;
beforeAll(async () => {
  [v4, v6, other] = await Promise.all([listen('127.0.0.1'), listen('::1'), listen('127.0.0.2')]);
});
afterAll(() => Promise.all([v4.close(), v6.close(), other.close()]));
beforeEach(() => {
  for (const site of [v4, v6, other]) site.requests.length = 0;
});

const page: FetchOptions = { accept: () => true, expected: 'a web page', timeoutMs: 2000 };

async function refusal(url: string, options: FetchOptions = page): Promise<IngestError> {
  const error = await fetchResource(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('isInternalAddress', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'CGNAT'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.1', 'documentation'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%lo', 'zoned link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata'],
    ['::7f00:1', 'IPv4-compatible'],
    ['64:ff9b::a00:1', 'NAT64 of 10.0.0.1'],
    ['2002:7f00:1::', '6to4 of 127.0.0.1'],
    ['not-an-ip', 'unparseable'],
  ])('%s is internal (%s)', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  test.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '::ffff:8.8.8.8',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
  ])('%s is public', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });
});

describe('the fetch guard, as configured by default', () => {
  test.each([
    ['dotted', (p: number) => `http://127.0.0.1:${p}/`],
    ['name', (p: number) => `http://localhost:${p}/`],
    ['decimal', (p: number) => `http://2130706433:${p}/`],
    ['hex', (p: number) => `http://0x7f000001:${p}/`],
    ['octal', (p: number) => `http://0177.0.0.1:${p}/`],
    ['short', (p: number) => `http://127.1:${p}/`],
    ['IPv4-mapped IPv6', (p: number) => `http://[::ffff:127.0.0.1]:${p}/`],
    ['userinfo', (p: number) => `http://user:pw@127.0.0.1:${p}/`],
    ['userinfo that looks like a host', (p: number) => `http://example.com@127.0.0.1:${p}/`],
    ['unspecified', (p: number) => `http://0.0.0.0:${p}/`],
    ['https', (p: number) => `https://127.0.0.1:${p}/`],
  ])('refuses loopback spelled %s, without connecting', async (_name, url) => {
    const error = await refusal(url(v4.port));
    expect(error).toMatchObject({ code: 'private_address', message: 'that address is private or internal' });
    expect(v4.requests).toEqual([]);
  });

  test.each([
    ['IPv6 loopback', (p: number) => `http://[::1]:${p}/`],
    ['IPv6 unspecified', (p: number) => `http://[::]:${p}/`],
  ])('refuses %s, without connecting', async (_name, url) => {
    expect(await refusal(url(v6.port))).toMatchObject({ code: 'private_address' });
    expect(v6.requests).toEqual([]);
  });

  test.each([
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.1',
    '100.64.0.1',
    '169.254.169.254',
    '224.0.0.1',
    '[fc00::1]',
    '[fd00::1]',
    '[fe80::1]',
    '[ff02::1]',
  ])('refuses %s at once (no connection attempt, so no timeout)', async (host) => {
    const started = performance.now();
    expect(await refusal(`http://${host}/latest/meta-data/`, { ...page, timeoutMs: 5000 })).toMatchObject({
      code: 'private_address',
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a Slack-wrapped link is judged by its target, not its label', async () => {
    const error = await refusal(unwrapSlackLink(`<http://127.0.0.1:${v4.port}/|https://www.reuters.com/>`));
    expect(error.code).toBe('private_address');
  });

  test('a refusal reads the same whether or not anything listens there', async () => {
    const closed = await listen('127.0.0.1');
    await closed.close();
    expect((await refusal(`http://127.0.0.1:${closed.port}/`)).message).toBe(
      (await refusal(`http://127.0.0.1:${v4.port}/`)).message,
    );
  });

  test('non-http schemes are refused', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/', 'gopher://127.0.0.1:6379/_INFO'])
      expect((await refusal(url)).code).toBe('bad_url');
  });
});

describe('the guard at the socket (127.0.0.1 stands in for a public address; 127.0.0.2 stays internal)', () => {
  const isRefused = (address: string) => address !== '127.0.0.1' && isInternalAddress(address);
  const names: Record<string, string[]> = {
    'news.test': ['127.0.0.1'],
    'intranet.test': ['127.0.0.2'],
    'mixed.test': ['127.0.0.1', '127.0.0.2'],
  };
  let lookups: string[] = [];
  const resolve: ResolveHost = async (hostname) => {
    lookups.push(hostname);
    const addresses = names[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: 4 }));
  };
  const options = (): FetchOptions => ({
    ...page,
    dispatcher: createFetchGuard({ allowPrivate: false, isRefused, resolve }),
  });
  beforeEach(() => {
    lookups = [];
  });

  test('connects to the address it checked: one lookup, and the request arrives there', async () => {
    const fetched = await fetchResource(`http://news.test:${v4.port}/story`, options());
    expect(fetched.text).toContain('hunter2');
    expect(lookups).toEqual(['news.test']);
    expect(v4.requests).toEqual([`news.test:${v4.port} /story`]);
  });

  test('a name that resolves to an internal address is refused; so is one with any internal address', async () => {
    expect((await refusal(`http://intranet.test:${other.port}/`, options())).code).toBe('private_address');
    expect((await refusal(`http://mixed.test:${v4.port}/`, options())).code).toBe('private_address');
    expect([...other.requests, ...v4.requests]).toEqual([]);
  });

  test('every redirect hop is checked: to an internal literal, to an internal name, to loopback by another spelling', async () => {
    const targets: Record<string, string> = {
      '/to-literal': `http://127.0.0.2:${other.port}/secret`,
      '/to-name': `http://intranet.test:${other.port}/secret`,
      '/to-mapped': `http://[::ffff:7f00:2]:${other.port}/secret`,
      '/to-decimal': `http://2130706434:${other.port}/secret`,
    };
    v4.route((path) => ({ status: 302, headers: { location: targets[path] ?? '/' }, body: '' }));
    try {
      for (const path of Object.keys(targets)) {
        const error = await refusal(`http://127.0.0.1:${v4.port}${path}`, options());
        expect(error).toMatchObject({
          code: 'private_address',
          message: 'that address is private or internal',
        });
      }
      expect(v4.requests).toHaveLength(4);
      expect(other.requests).toEqual([]);
    } finally {
      v4.route(() => ({
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<p>internal password: hunter2</p>',
      }));
    }
  });

  test('an unknown host fails without naming the resolver error', async () => {
    const error = await refusal(`http://nowhere.test:${v4.port}/`, options());
    expect(error).toMatchObject({
      code: 'unreachable',
      message: `could not reach http://nowhere.test:${v4.port}/`,
    });
  });
});

test('MINERALS_ALLOW_PRIVATE_URLS lets loopback through (local testing only)', async () => {
  const fetched = await fetchResource(`http://127.0.0.1:${v4.port}/page`, {
    ...page,
    allowPrivateUrls: true,
  });
  expect(fetched.text).toContain('hunter2');
  expect(v4.requests).toHaveLength(1);
});
