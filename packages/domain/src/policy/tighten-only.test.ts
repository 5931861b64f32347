import { ZTenantPolicy } from '@kizuna/contracts';
import { describe, expect, it } from 'vitest';
import { findLoosening, tightenToDefaults } from './tighten-only.js';

const policy = (p: Record<string, unknown> = {}) => ZTenantPolicy.parse(p);

describe('tighten-only tenant policy', () => {
  it('finding 15: when every setting is at its default or tighter, then nothing loosens', () => {
    expect(findLoosening(policy())).toEqual([]);
    expect(
      findLoosening(
        policy({
          signoffReminderDays: 1,
          escalationDays: 1,
          conditionReminderDays: 30,
          tierOverrides: { high: { quorum: 3, reviewCadenceDays: 30 } },
        }),
      ),
    ).toEqual([]);
  });

  it('finding 15: when a setting loosens a default, then it is named by its path', () => {
    const paths = findLoosening(
      policy({
        suspendOnLapsedCondition: false,
        signoffReminderDays: 3,
        escalationDays: 6,
        conditionReminderDays: 6,
        tierOverrides: { low: { reviewCadenceDays: 400 }, high: { quorum: 1 } },
      }),
    ).map((e) => e.path);
    expect(paths.sort()).toEqual(
      [
        'conditionReminderDays',
        'escalationDays',
        'signoffReminderDays',
        'suspendOnLapsedCondition',
        'tierOverrides.low.reviewCadenceDays',
        'tierOverrides.high.quorum',
      ].sort(),
    );
  });

  it('finding 15: when a stored policy loosens a default, then reading it tightens it back and keeps the rest', () => {
    const read = tightenToDefaults(
      policy({
        suspendOnLapsedCondition: false,
        escalationDays: 20,
        signoffReminderDays: 1,
        conditionReminderDays: 2,
        tierOverrides: { high: { quorum: 1, reviewCadenceDays: 60, requiredEvidence: ['dpia'] } },
        segregationOfDuties: { excludeSystemOwner: false, excludeAnswerers: false, excludeEvidenceContributors: true },
      }),
    );
    expect(read).toEqual({
      suspendOnLapsedCondition: true,
      escalationDays: 5,
      signoffReminderDays: 1,
      conditionReminderDays: 7,
      incidentPreliminaryTargetDays: 3,
      incidentReminderDays: [3, 1],
      tierOverrides: { high: { reviewCadenceDays: 60, requiredEvidence: ['dpia'] } },
      segregationOfDuties: { excludeSystemOwner: true, excludeAnswerers: true, excludeEvidenceContributors: true },
    });
    expect(findLoosening(read)).toEqual([]);
  });

  it('when the incident settings loosen (a later preliminary target, fewer or later reminders), then each is named and read back at the default', () => {
    expect(findLoosening(policy({ incidentReminderDays: [5, 3, 1] }))).toEqual([]);
    const loose = policy({ incidentPreliminaryTargetDays: 5, incidentReminderDays: [1] });
    expect(findLoosening(loose).map((e) => e.path)).toEqual(['incidentPreliminaryTargetDays', 'incidentReminderDays']);
    expect(findLoosening(policy({ incidentReminderDays: [2, 1] })).map((e) => e.path)).toEqual([
      'incidentReminderDays',
    ]);
    expect(tightenToDefaults(loose)).toMatchObject({ incidentPreliminaryTargetDays: 3, incidentReminderDays: [3, 1] });
    expect(ZTenantPolicy.safeParse({ incidentReminderDays: [31] }).success).toBe(false);
    expect(ZTenantPolicy.safeParse({ incidentReminderDays: [1, 2, 3, 4, 5, 6] }).success).toBe(false);
    expect(ZTenantPolicy.safeParse({ incidentPreliminaryTargetDays: 6 }).success).toBe(false);
  });
});
