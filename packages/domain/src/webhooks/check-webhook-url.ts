import type { FieldError } from '../errors/app-error.js';
import { classifyAddress, isIpLiteral } from './check-delivery-address.js';

/**
 * What registration refuses in a URL (the schema has checked it is an http(s) URL of bounded length): plain http
 * in production, credentials in the URL, and in production a host that is a literal non-public IP. Host names are
 * checked after DNS resolution on every attempt, not here.
 */
export const checkWebhookUrl = (url: string, production: boolean): FieldError[] => {
  const errors: FieldError[] = [];
  const at = (message: string) => errors.push({ path: 'body.url', message });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ path: 'body.url', message: 'must be an absolute URL' }];
  }
  if (parsed.protocol !== 'https:' && (production || parsed.protocol !== 'http:'))
    at(production ? 'must use https' : 'must use http or https');
  if (parsed.username || parsed.password) at('must not carry credentials; the signature authenticates deliveries');
  if (parsed.hash) at('must not carry a fragment');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (production && isIpLiteral(host)) {
    const kind = classifyAddress(host);
    if (kind) at(`must not point at a ${kind} address`);
  }
  if (production && (host === 'localhost' || host.endsWith('.localhost'))) at('must not point at localhost');
  return errors;
};
