import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { WebhookSecretBox } from './webhook-ports.js';

// AES-256-GCM under a key derived from WEBHOOK_SECRET_KEY: a dump of the database holds no usable secret. The
// version prefix leaves room for a key rotation later.
const VERSION = 'v1';

export const createWebhookSecretBox = (keyMaterial: string): WebhookSecretBox => {
  const key = Buffer.from(hkdfSync('sha256', keyMaterial, 'kizuna', 'webhook-endpoint-secrets', 32));
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || !data) throw new Error('Unknown sealed secret format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
};

/** A new endpoint secret: 32 random bytes, prefixed so people recognise it in a config file. */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

// The key `npm start` and the tests use; the API and the worker refuse it in production.
export const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'kizuna-local-development-webhook-secret-key';
