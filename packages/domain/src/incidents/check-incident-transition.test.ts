import { describe, expect, it } from 'vitest';
import { checkIncidentTransition } from './check-incident-transition.js';
import type { IncidentFacts } from './incident-ports.js';

const FACTS: IncidentFacts = {
  title: 'Chatbot leaked order history',
  description: 'x',
  severity: 'high',
  categories: ['security'],
  systemIds: [],
  occurredAt: null,
  detectedAt: '2026-12-01T00:00:00.000Z',
  awareAt: '2026-12-01T00:00:00.000Z',
  reporter: null,
  status: 'open',
  containment: 'Endpoint disabled',
  rootCause: 'Missing tenant check',
  correctiveActions: [{ description: 'Add the check', owner: 'Sato', dueDate: '2026-12-20', done: true }],
  personalData: null,
};

describe('incident status transitions', () => {
  // prettier-ignore
  const CASES: [IncidentFacts['status'], IncidentFacts['status'], Partial<IncidentFacts>, string | null][] = [
    ['open',      'contained', {},                        null],
    ['contained', 'resolved',  {},                        null],
    ['resolved',  'closed',    {},                        null],
    ['closed',    'open',      {},                        null],
    ['resolved',  'open',      {},                        null],
    ['contained', 'open',      {},                        null],
    ['open',      'open',      {},                        null],
    ['open',      'resolved',  {},                        'can move to contained, not to resolved'],
    ['open',      'closed',    {},                        'can move to contained, not to closed'],
    ['closed',    'resolved',  {},                        'can move to open, not to resolved'],
    ['open',      'contained', { containment: null },     'Describe the containment'],
    ['contained', 'resolved',  { rootCause: null },       'Record the root cause'],
    ['resolved',  'closed',    { correctiveActions: [{ description: 'Retrain staff', owner: 'Ito', dueDate: '2027-01-10', done: false }] }, 'still open: Retrain staff'],
  ];
  it.each(CASES)('when %s → %s (%j), then the refusal is %s', (from, to, facts, refusal) => {
    const result = checkIncidentTransition(from, { ...FACTS, ...facts, status: to });
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });
});
