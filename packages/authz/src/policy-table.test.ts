import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defineAbilityFor } from './define-ability.js';
import { POLICY_GRANTS, POLICY_TABLE, type PolicyRole, type PolicyRow } from './policy-table.js';
import { makeActorFor, makeMineRecord, makeRecord, RECORD_SUBJECTS } from './test-fixtures.js';
import { ACTIONS, API_KEY_SCOPES, ROLES } from './vocabulary.js';

const POLICY_ROLES: PolicyRole[] = [...ROLES, ...API_KEY_SCOPES.map((s) => `integrator:${s}` as const)];

function describeRow(row: PolicyRow): string {
  const verdict = row.allowed ? 'allowed' : 'denied';
  return `when ${row.role} tries ${row.action} on ${row.subject}${row.when ? ` (${row.when})` : ''}, then it is ${verdict}`;
}

describe('POLICY_TABLE', () => {
  it.each(POLICY_TABLE.map((row) => [describeRow(row), row] as const))('%s', (_name, row) => {
    const ability = defineAbilityFor(makeActorFor(row.role));
    expect(ability.can(row.action, makeRecord(row.subject, row.when, row.role))).toBe(row.allowed);
    if (!row.allowed && row.when === undefined) {
      // An unconditional denial must hold even for the actor's own records.
      expect(ability.can(row.action, makeMineRecord(row.subject))).toBe(false);
    }
  });

  it.each(POLICY_ROLES)(
    'when %s holds no grant in the table for an action, then the ability has no rule for it',
    (role) => {
      const ability = defineAbilityFor(makeActorFor(role));
      for (const subject of RECORD_SUBJECTS) {
        for (const action of ACTIONS) {
          const granted = POLICY_TABLE.some(
            (r) =>
              r.role === role && r.allowed && r.subject === subject && (r.action === action || r.action === 'manage'),
          );
          // Type-level `can` is true as soon as any rule might allow: so it is exactly "is anything granted".
          expect(ability.can(action, subject), `${role} ${action} ${subject}`).toBe(granted);
        }
      }
    },
  );

  it('when the table is listed, then every role and every scope appears in it', () => {
    const roles = new Set(POLICY_TABLE.map((r) => r.role));
    expect([...roles].sort()).toEqual([...POLICY_ROLES].sort());
  });

  it('when README.md is read, then its policy table lists exactly POLICY_GRANTS', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.split('<!-- policy-table:start -->')[1]?.split('<!-- policy-table:end -->')[0] ?? '';
    const lines = section
      .split('\n')
      .filter((l) => l.startsWith('|') && !l.startsWith('| role') && !l.startsWith('| -'));
    const cell = (value: string) => value.replaceAll('`', '').trim();
    const parsed = lines.map((line) => {
      const [roles = '', actions = '', subjects = '', when = '', allowed = ''] = line.split('|').slice(1, -1).map(cell);
      return [
        roles === 'every role' ? ROLES.join(',') : roles.replaceAll(' ', ''),
        actions.replaceAll(' ', ''),
        subjects.replaceAll(' ', ''),
        when === 'any record' ? '-' : when,
        allowed,
      ].join(' | ');
    });
    const expected = POLICY_GRANTS.map((g) =>
      [g.roles.join(','), g.actions.join(','), g.subjects.join(','), g.when ?? '-', g.allowed ? 'yes' : 'no'].join(
        ' | ',
      ),
    );
    expect(parsed).toEqual(expected);
  });
});
