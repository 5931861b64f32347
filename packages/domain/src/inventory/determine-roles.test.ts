import { describe, expect, it } from 'vitest';
import { determineRoles } from './determine-roles.js';

describe('determineRoles', () => {
  it.each([
    [{ trainsOrFineTunes: true, offersToOthers: false, usesInOwnOperations: false }, ['developer']],
    [{ trainsOrFineTunes: false, offersToOthers: true, usesInOwnOperations: false }, ['provider']],
    [{ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: true }, ['business_user']],
    [
      { trainsOrFineTunes: true, offersToOthers: true, usesInOwnOperations: true },
      ['developer', 'provider', 'business_user'],
    ],
  ])('when the answers are %j, then the roles are %j, each with a reason', (answers, roles) => {
    const result = determineRoles(answers);
    expect(result.roles).toEqual(roles);
    expect(result.reasons.map((r) => r.role)).toEqual(roles);
    for (const r of result.reasons) expect(r.reason.ja && r.reason.en).toBeTruthy();
  });

  it('when every answer is no, then it is refused', () => {
    expect(() =>
      determineRoles({ trainsOrFineTunes: false, offersToOthers: false, usesInOwnOperations: false }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
