// The demo tenants and people `npm start` seeds outside production; seed-demo and the start banner share this list.
export const DEMO_TENANT_SLUG = 'acme';
export const DEFAULT_DEMO_PASSWORD = 'kizuna-demo';

export const DEMO_TENANTS = [
  { slug: 'acme', name: 'Acme Holdings' },
  { slug: 'globex', name: 'Globex Japan' },
] as const;

const PEOPLE = [
  { local: 'admin', role: 'tenant_admin', name: 'Aiko Admin' },
  { local: 'officer', role: 'governance_officer', name: 'Ken Officer' },
  { local: 'owner', role: 'system_owner', name: 'Yui Owner' },
  { local: 'exec', role: 'executive', name: 'Hiro Executive' },
  { local: 'exec2', role: 'executive', name: 'Sora Executive' },
  { local: 'auditor', role: 'auditor', name: 'Mei Auditor' },
] as const;

export const demoUsersFor = (slug: string): ReadonlyArray<{ email: string; role: string; name: string }> =>
  PEOPLE.map((p) => ({ email: `${p.local}@${slug}.example`, role: p.role, name: p.name }));

export const DEMO_USERS = demoUsersFor(DEMO_TENANT_SLUG);
