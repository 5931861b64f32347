import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkDeliveryAddress, type AddressPolicy, type WebhookSender } from '@kizuna/domain';

export const WEBHOOK_TIMEOUT_MS = 10_000;
// Receivers answer with a status; their body is read only this far, then dropped.
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Resolves the host, checks every address it resolves to, and hands the socket only an address that passed: the
 * check and the connection use the same answer, so DNS cannot change it in between (rebinding).
 */
const guardedLookup =
  (policy: AddressPolicy): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      const refused = list.map((a) => checkDeliveryAddress(a.address, policy)).find((r) => r !== null);
      if (refused) return callback(Object.assign(new Error(refused), { code: 'WEBHOOK_ADDRESS_REFUSED' }), '', 0);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      return callback(null, first.address, first.family);
    });
  };

/** The sender of webhook deliveries: POST with a timeout, through the SSRF guard; never throws. */
export const createWebhookSender = (policy: AddressPolicy, timeoutMs = WEBHOOK_TIMEOUT_MS): WebhookSender => {
  const lookup = guardedLookup(policy);
  return ({ url, body, headers }) =>
    new Promise((resolve) => {
      const started = performance.now();
      const done = (statusCode: number | null, error: string | null) =>
        resolve({ statusCode, latencyMs: Math.round(performance.now() - started), error });
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return done(null, 'invalid URL');
      }
      const host = target.hostname.replace(/^\[|\]$/g, '');
      // An IP literal skips DNS (and so the lookup): check it here.
      const literalRefusal = /^[\d.]+$|:/.test(host) ? checkDeliveryAddress(host, policy) : null;
      if (literalRefusal) return done(null, literalRefusal);
      const transport = target.protocol === 'https:' ? https : http;
      const req = transport.request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
          lookup,
          timeout: timeoutMs,
          // No redirects are followed (Node's client never does): a 3xx is a failed delivery.
        },
        (res) => {
          let read = 0;
          res.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_RESPONSE_BYTES) res.destroy();
          });
          res.on('close', () => done(res.statusCode ?? null, null));
          res.on('error', () => undefined);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (err) => done(null, err.message));
      req.end(body);
    });
};
