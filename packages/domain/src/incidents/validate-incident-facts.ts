import type { FieldError } from '../errors/app-error.js';
import type { IncidentFacts } from './incident-ports.js';

// Clocks of this size (minutes) tolerate a caller's clock running slightly ahead of ours.
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Checks that hold between fields (the schema checks each field alone). Paths name the request body's fields, as
 * schema errors do; an empty list means the facts are consistent.
 */
export const validateIncidentFacts = (facts: IncidentFacts, now: Date): FieldError[] => {
  const errors: FieldError[] = [];
  const at = (field: string, message: string) => errors.push({ path: `body.${field}`, message });
  const occurred = facts.occurredAt ? Date.parse(facts.occurredAt) : null;
  const detected = Date.parse(facts.detectedAt);
  const aware = Date.parse(facts.awareAt);
  const latest = now.getTime() + FUTURE_SKEW_MS;
  if (occurred !== null && occurred > latest) at('occurredAt', 'must not be in the future');
  if (detected > latest) at('detectedAt', 'must not be in the future');
  if (aware > latest) at('awareAt', 'must not be in the future');
  if (occurred !== null && detected < occurred) at('detectedAt', 'must not be before occurredAt');
  if (occurred !== null && aware < occurred) at('awareAt', 'must not be before occurredAt');
  if (aware < detected) at('awareAt', 'must not be before detectedAt');
  const breach = facts.categories.includes('personal_data_breach');
  // Silently computing no clocks for a breach would be the costly mistake, so the two travel together.
  if (breach && !facts.personalData)
    at('personalData', 'is required when categories include personal_data_breach (the APPI clocks run from it)');
  if (!breach && facts.personalData)
    at('personalData', 'is only recorded for a personal_data_breach: add that category, or leave personalData out');
  if (new Set(facts.categories).size !== facts.categories.length) at('categories', 'must not repeat a category');
  return errors;
};
