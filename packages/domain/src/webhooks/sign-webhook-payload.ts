import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of "<t>.<raw body>" in hex. */
const hmacOf = (secret: string, t: number, body: string): string =>
  createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

/**
 * The `Kizuna-Signature` header: `t=<unix seconds>,v1=<hex>` with one v1 per secret (the current one first; the
 * previous one too while a rotation overlaps).
 */
export const signWebhookPayload = (body: string, secrets: string[], atMs: number): string => {
  const t = Math.floor(atMs / 1000);
  return [`t=${t}`, ...secrets.map((s) => `v1=${hmacOf(s, t, body)}`)].join(',');
};

export type SignatureCheck = { valid: true } | { valid: false; reason: 'malformed' | 'too_old' | 'mismatch' };

/**
 * What a receiver does with the header: the timestamp within `toleranceSeconds` of now (a replay of an old
 * delivery fails), and some v1 matching the secret. Used by our tests as a receiver's reference implementation.
 */
export const verifyWebhookSignature = (
  header: string,
  body: string,
  secret: string,
  nowMs: number,
  toleranceSeconds = 300,
): SignatureCheck => {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const given = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v!);
  if (!Number.isInteger(t) || given.length === 0) return { valid: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - t) > toleranceSeconds) return { valid: false, reason: 'too_old' };
  const expected = Buffer.from(hmacOf(secret, t, body), 'hex');
  const match = given.some((v) => {
    const candidate = Buffer.from(v, 'hex');
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  return match ? { valid: true } : { valid: false, reason: 'mismatch' };
};
