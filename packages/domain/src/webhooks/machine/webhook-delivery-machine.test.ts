import { describe, expect, it } from 'vitest';
import {
  decideDeliveryStep,
  DEFAULT_DELIVERY_TIMING,
  retryDelayMs,
  type AttemptOutcome,
  type DeliveryStep,
} from './webhook-delivery-machine.js';

const T = { firstRetryMs: 1000, maxRetryMs: 5000, maxAttempts: 4 };

describe('webhook delivery steps (attempt × outcome)', () => {
  // prettier-ignore
  const CASES: [number, AttemptOutcome, DeliveryStep][] = [
    [1, 'delivered', { kind: 'done', status: 'delivered' }],
    [1, 'skipped',   { kind: 'done', status: 'skipped' }],
    [1, 'failed',    { kind: 'wait', ms: 1000, next: 2 }],
    [2, 'failed',    { kind: 'wait', ms: 2000, next: 3 }],
    [3, 'failed',    { kind: 'wait', ms: 4000, next: 4 }],
    [3, 'delivered', { kind: 'done', status: 'delivered' }],
    [4, 'failed',    { kind: 'done', status: 'dead' }],
    [4, 'delivered', { kind: 'done', status: 'delivered' }],
    [4, 'skipped',   { kind: 'done', status: 'skipped' }],
    [9, 'failed',    { kind: 'done', status: 'dead' }],
  ];
  it.each(CASES)('when attempt %i is %s, then the next step is %j', (attempt, outcome, step) => {
    expect(decideDeliveryStep(attempt, outcome, T)).toEqual(step);
  });

  it('when waits double past the cap, then they stay at the cap', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelayMs(a, T))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('when the default timing runs every attempt, then the retries span about a day', () => {
    const { maxAttempts } = DEFAULT_DELIVERY_TIMING;
    let total = 0;
    for (let a = 1; a < maxAttempts; a++) total += retryDelayMs(a, DEFAULT_DELIVERY_TIMING);
    expect(total / 3_600_000).toBeGreaterThan(23);
    expect(total / 3_600_000).toBeLessThan(25);
  });
});
