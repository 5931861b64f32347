import type { RegulatorRequestFacts } from './regulator-request-ports.js';

export type FactChange = { field: string; from: unknown; to: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions of a request, in field order. */
export const diffRequestFacts = (before: RegulatorRequestFacts, after: RegulatorRequestFacts): FactChange[] =>
  (Object.keys(after) as (keyof RegulatorRequestFacts)[])
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, from: before[field], to: after[field] }));
