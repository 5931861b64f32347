import { describe, expect, it } from 'vitest';
import { readBoardFilters, writeBoardFilters } from './board-filters.js';

const SYSTEM = '0b9f6a52-4f7e-4c41-9a57-2c1d7f0e8a11';

describe('board filters in the URL', () => {
  it('when every filter is set, then it survives a round trip through the query string', () => {
    const filters = { status: 'contained', severity: 'high', systemId: SYSTEM, overdue: 'true' } as const;
    expect(readBoardFilters(writeBoardFilters(filters))).toEqual(filters);
  });

  it('when a value is not one the API takes, then it is dropped', () => {
    expect(readBoardFilters('?status=lost&severity=huge&system=abc&overdue=maybe')).toEqual({});
  });

  it('when no filter is set, then the query string is empty', () => {
    expect(writeBoardFilters({})).toBe('');
  });
});
