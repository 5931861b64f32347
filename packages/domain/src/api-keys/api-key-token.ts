import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const TOKEN = /^kz_([a-z2-7]{16})_([A-Za-z0-9_-]{43})$/;

// `kz_<id>_<secret>`: the prefix lets secret scanners recognise leaked keys; only a hash of the secret is stored.
export const mintApiKeyToken = (): { id: string; secret: string; token: string } => {
  const id = [...randomBytes(16)].map((b) => ALPHABET[b % 32]).join('');
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `kz_${id}_${secret}` };
};

export const parseApiKeyToken = (token: string): { id: string; secret: string } | null => {
  const match = TOKEN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
};

export const hashApiKeySecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const secretMatches = (storedHash: string, secret: string): boolean => {
  const a = Buffer.from(storedHash, 'hex');
  const b = Buffer.from(hashApiKeySecret(secret), 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
};
