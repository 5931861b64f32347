import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from './sign-webhook-payload.js';
import { createWebhookSecretBox, generateWebhookSecret } from './webhook-secret-box.js';

const BODY = '{"id":"1","type":"incident.created"}';
const AT = Date.parse('2026-12-02T00:00:00Z');

describe('webhook signatures', () => {
  it('when a body is signed, then the header is t=<seconds>,v1=<hex HMAC of "t.body">', () => {
    const header = signWebhookPayload(BODY, ['whsec_a'], AT);
    expect(header).toMatch(/^t=1796169600,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(header, BODY, 'whsec_a', AT)).toEqual({ valid: true });
  });

  it('when the body, secret or time is off, then verification says why', () => {
    const header = signWebhookPayload(BODY, ['whsec_a'], AT);
    expect(verifyWebhookSignature(header, `${BODY} `, 'whsec_a', AT)).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(header, BODY, 'whsec_b', AT)).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(header, BODY, 'whsec_a', AT + 301_000)).toEqual({ valid: false, reason: 'too_old' });
    expect(verifyWebhookSignature('v1=abc', BODY, 'whsec_a', AT)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('when two secrets sign (a rotation overlap), then either verifies', () => {
    const header = signWebhookPayload(BODY, ['whsec_new', 'whsec_old'], AT);
    expect(header.split(',v1=')).toHaveLength(3);
    expect(verifyWebhookSignature(header, BODY, 'whsec_new', AT).valid).toBe(true);
    expect(verifyWebhookSignature(header, BODY, 'whsec_old', AT).valid).toBe(true);
  });
});

describe('sealed secrets', () => {
  it('when a secret is sealed, then the sealed text does not contain it and only the same key opens it', () => {
    const secret = generateWebhookSecret();
    const box = createWebhookSecretBox('a key of at least thirty-two characters!');
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(box.open(sealed)).toBe(secret);
    expect(box.seal(secret)).not.toBe(sealed);
    expect(() => createWebhookSecretBox('another key of thirty-two characters!!').open(sealed)).toThrow();
  });
});
