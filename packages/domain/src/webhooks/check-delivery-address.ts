// The SSRF guard: which resolved addresses a webhook may be delivered to. Pure; the sender calls it for every
// address DNS returns, on every attempt, and connects only to an address it passed.

export type AddressPolicy = { production: boolean; allowPrivate: boolean };

type Range = { bits: bigint; prefix: number; width: 32 | 128; name: string };

const parseIpv4 = (text: string): bigint | null => {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
};

const parseIpv6 = (input: string): bigint | null => {
  let text = input
    .replace(/^\[|\]$/g, '')
    .split('%')[0]!
    .toLowerCase();
  if (!text.includes(':')) return null;
  // An IPv4 address in the last 32 bits (::ffff:10.0.0.1) becomes two hex groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groupsOf(halves[0]!);
  const right = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const known = left.length + right.length;
  if ((halves.length === 1 && known !== 8) || known > (halves.length === 2 ? 7 : 8)) return null;
  if ([...left, ...right].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  const groups = [...left, ...Array<string>(8 - known).fill('0'), ...right].map((g) => BigInt(parseInt(g, 16)));
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
};

const range = (cidr: string, name: string): Range => {
  const [address, prefix] = cidr.split('/');
  const v4 = parseIpv4(address!);
  return v4 !== null
    ? { bits: v4, prefix: Number(prefix), width: 32, name }
    : { bits: parseIpv6(address!)!, prefix: Number(prefix), width: 128, name };
};

const IPV4_BLOCKED = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'carrier-grade NAT'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'protocol assignments'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

const IPV6_BLOCKED = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('fc00::/7', 'unique-local'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local'),
  range('ff00::/8', 'multicast'),
  range('100::/64', 'discard'),
];

const inRange = (value: bigint, r: Range): boolean => {
  const shift = BigInt(r.width - r.prefix);
  return value >> shift === r.bits >> shift;
};

/** The kind of non-public address this is ("loopback", "private" …), null for a public one or a non-address. */
export const classifyAddress = (address: string): string | null => {
  const v4 = parseIpv4(address);
  if (v4 !== null) return IPV4_BLOCKED.find((r) => inRange(v4, r))?.name ?? null;
  const v6 = parseIpv6(address);
  if (v6 === null) return null;
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  const embedsV4 = v6 >> 32n === 0xffffn || (v6 >> 32n === 0n && v6 > 1n) || v6 >> 32n === 0x64ff9bn << 64n;
  if (embedsV4) {
    const inner = v6 & 0xffffffffn;
    return IPV4_BLOCKED.find((r) => inRange(inner, r))?.name ?? null;
  }
  return IPV6_BLOCKED.find((r) => inRange(v6, r))?.name ?? null;
};

/** Whether text is an IP literal (IPv4 or IPv6, brackets allowed). */
export const isIpLiteral = (text: string): boolean => parseIpv4(text) !== null || parseIpv6(text) !== null;

/**
 * Why a delivery must not connect to this address, or null when it may. Outside production everything is allowed
 * (developers try webhooks on loopback receivers); in production only public addresses, unless allowPrivate.
 */
export const checkDeliveryAddress = (address: string, policy: AddressPolicy): string | null => {
  if (!policy.production || policy.allowPrivate) return null;
  const kind = classifyAddress(address);
  return kind ? `refused: ${address} is a ${kind} address` : null;
};
