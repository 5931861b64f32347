import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import type { UserRecord } from './identity-ports.js';
import { hashPassword } from './password.js';

// Operator-side: creates the user if missing (never overwrites an existing password).
export const ensureUser = async (
  deps: Deps,
  input: { email: string; displayName: string; password: string; locale?: 'ja' | 'en' },
): Promise<UserRecord> => {
  const email = input.email.trim().toLowerCase();
  const existing = await deps.control.users.findByEmail(email);
  if (existing) return existing;
  return deps.control.users.upsert({
    id: newId(deps.now().getTime()),
    email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    locale: input.locale ?? 'ja',
    disabledAt: null,
  });
};
