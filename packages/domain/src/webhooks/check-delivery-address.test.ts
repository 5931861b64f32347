import { describe, expect, it } from 'vitest';
import { checkDeliveryAddress, classifyAddress, isIpLiteral } from './check-delivery-address.js';

describe('the SSRF guard: address classes', () => {
  // prettier-ignore
  const CASES: [string, string | null][] = [
    ['8.8.8.8',                 null],
    ['93.184.216.34',           null],
    ['0.0.0.0',                 'unspecified'],
    ['10.1.2.3',                'private'],
    ['172.16.0.1',              'private'],
    ['172.31.255.255',          'private'],
    ['172.32.0.1',              null],
    ['192.168.10.20',           'private'],
    ['127.0.0.1',               'loopback'],
    ['127.255.255.254',         'loopback'],
    ['169.254.169.254',         'link-local'],
    ['100.64.0.1',              'carrier-grade NAT'],
    ['100.127.255.255',         'carrier-grade NAT'],
    ['100.128.0.1',             null],
    ['224.0.0.251',             'multicast'],
    ['239.255.255.250',         'multicast'],
    ['255.255.255.255',         'reserved'],
    ['::',                      'unspecified'],
    ['::1',                     'loopback'],
    ['[::1]',                   'loopback'],
    ['0:0:0:0:0:0:0:1',         'loopback'],
    ['fe80::1',                 'link-local'],
    ['fe80::1%eth0',            'link-local'],
    ['fc00::1',                 'unique-local'],
    ['fd12:3456:789a::1',       'unique-local'],
    ['ff02::1',                 'multicast'],
    ['::ffff:127.0.0.1',        'loopback'],
    ['::ffff:10.0.0.5',         'private'],
    ['::ffff:7f00:1',           'loopback'],
    ['::ffff:8.8.8.8',          null],
    ['64:ff9b::192.168.0.1',    'private'],
    ['2001:4860:4860::8888',    null],
    ['2606:4700:4700::1111',    null],
    ['example.com',             null],
  ];
  it.each(CASES)('when the address is %s, then its class is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it('when text is an IP literal or a host name, then isIpLiteral tells them apart', () => {
    expect(['10.0.0.1', '::1', '[fe80::1]'].map(isIpLiteral)).toEqual([true, true, true]);
    expect(['hooks.example.com', '10.0.0', '1.2.3.4.5'].map(isIpLiteral)).toEqual([false, false, false]);
  });
});

describe('the SSRF guard: policy', () => {
  it('when in production, then a loopback or private address is refused and a public one allowed', () => {
    const policy = { production: true, allowPrivate: false };
    expect(checkDeliveryAddress('127.0.0.1', policy)).toContain('loopback');
    expect(checkDeliveryAddress('::ffff:192.168.1.1', policy)).toContain('private');
    expect(checkDeliveryAddress('8.8.4.4', policy)).toBeNull();
  });

  it('when WEBHOOKS_ALLOW_PRIVATE is set or outside production, then loopback is allowed', () => {
    expect(checkDeliveryAddress('127.0.0.1', { production: true, allowPrivate: true })).toBeNull();
    expect(checkDeliveryAddress('127.0.0.1', { production: false, allowPrivate: false })).toBeNull();
  });
});
