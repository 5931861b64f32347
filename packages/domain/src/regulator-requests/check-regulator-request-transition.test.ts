import { describe, expect, it } from 'vitest';
import { checkRegulatorRequestTransition } from './check-regulator-request-transition.js';
import type { RegulatorRequestFacts } from './regulator-request-ports.js';

type Status = RegulatorRequestFacts['status'];
const RESPONSE = { sentAt: '2026-02-01T00:00:00.000Z', summary: 'Answered', channel: 'e-mail', reference: null };
const facts = (status: Status, answered: boolean): RegulatorRequestFacts => ({
  authority: 'ppc',
  authorityName: null,
  kind: 'report_request',
  legalBasis: null,
  reference: null,
  receivedAt: '2026-01-20T00:00:00.000Z',
  responseDueAt: null,
  summary: 's',
  systemIds: [],
  incidentIds: [],
  ownerId: null,
  status,
  response: answered ? RESPONSE : null,
});

// from, to, allowed (with a response recorded where one is needed)
const TABLE: [Status, Status, boolean][] = [
  ['received', 'in_progress', true],
  ['received', 'responded', true],
  ['received', 'closed', false],
  ['in_progress', 'received', true],
  ['in_progress', 'responded', true],
  ['in_progress', 'closed', false],
  ['responded', 'closed', true],
  ['responded', 'in_progress', true],
  ['responded', 'received', false],
  ['closed', 'in_progress', true],
  ['closed', 'received', false],
  ['closed', 'responded', false],
];

describe('checkRegulatorRequestTransition', () => {
  it.each(TABLE)('when a %s request moves to %s, then allowed is %s', (from, to, allowed) => {
    const refusal = checkRegulatorRequestTransition(from, facts(to, true));
    expect(refusal === null).toBe(allowed);
  });

  it('when a request is marked responded or closed without a response, then it is refused and says what is missing', () => {
    expect(checkRegulatorRequestTransition('in_progress', facts('responded', false))).toMatch(/response/);
    expect(checkRegulatorRequestTransition('responded', facts('closed', false))).toMatch(/response/);
  });

  it('when the status stays the same, then it is no transition', () => {
    expect(checkRegulatorRequestTransition('in_progress', facts('in_progress', false))).toBeNull();
  });
});
