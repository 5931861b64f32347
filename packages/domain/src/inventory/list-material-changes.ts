import type { TAiSystem } from '@kizuna/contracts';

/** What an assessment and its sign-off rest on: the profile decides the tier and, with the roles, the requirements. */
export type MaterialFields = Pick<TAiSystem, 'profile' | 'roles'>;

// The fields whose change invalidates what was assessed or signed, named as `profile.<field>` and `roles`.
export const listMaterialChanges = (before: MaterialFields, after: MaterialFields): string[] => {
  const keys = [...new Set([...Object.keys(before.profile), ...Object.keys(after.profile)])].sort();
  const profile = keys
    .filter(
      (k) =>
        before.profile[k as keyof MaterialFields['profile']] !== after.profile[k as keyof MaterialFields['profile']],
    )
    .map((k) => `profile.${k}`);
  const roles = [...before.roles].sort().join() !== [...after.roles].sort().join() ? ['roles'] : [];
  return [...profile, ...roles];
};
