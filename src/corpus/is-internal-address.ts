import ipaddr from 'ipaddr.js';

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * True unless `address` is an ordinary public unicast IP address: loopback, private (RFC 1918),
 * CGNAT, link-local (cloud metadata at 169.254.169.254 included), unique-local, multicast,
 * broadcast, unspecified, reserved and documentation ranges are all internal, as is any IPv6
 * address outside global unicast (2000::/3). IPv4-mapped IPv6 is judged by its IPv4 address;
 * NAT64, 6to4 and Teredo addresses, which embed an IPv4 one, count as internal. Anything that
 * does not parse as an IP address is internal too (fail closed).
 */
export function isInternalAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // Zone ids (fe80::1%eth0) only appear on link-local addresses.
  if (bare.includes('%') || !ipaddr.isValid(bare)) return true;
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.range() !== 'unicast') return true;
  return parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_UNICAST_V6);
}
