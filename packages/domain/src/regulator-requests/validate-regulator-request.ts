import type { FieldError } from '../errors/app-error.js';
import type { RegulatorRequestFacts } from './regulator-request-ports.js';

// A caller's clock may run slightly ahead of ours.
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Checks that hold between fields (the schema checks each field alone), as errors naming the body's fields; an
 * empty list means the facts fit together.
 */
export const validateRegulatorRequest = (facts: RegulatorRequestFacts, now: Date): FieldError[] => {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ path: `body.${field}`, message });
  const latest = now.getTime() + FUTURE_SKEW_MS;
  const received = Date.parse(facts.receivedAt);
  if (received > latest) at('receivedAt', 'must not be in the future');
  if (facts.responseDueAt !== null && Date.parse(facts.responseDueAt) < received)
    at('responseDueAt', 'must not be before receivedAt');
  if (facts.authority === 'other' && !facts.authorityName)
    at('authorityName', 'is required when authority is other (name the office)');
  if (facts.response) {
    const sent = Date.parse(facts.response.sentAt);
    if (sent > latest) at('response.sentAt', 'must not be in the future');
    if (sent < received) at('response.sentAt', 'must not be before receivedAt');
  }
  return errors;
};
