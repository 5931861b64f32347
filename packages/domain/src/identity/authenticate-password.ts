import type { TLoginRequest } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { UserRecord } from './identity-ports.js';
import { burnPasswordCheck, verifyPassword } from './password.js';

export const authenticatePassword = async (deps: Deps, input: TLoginRequest): Promise<UserRecord> => {
  const user = await deps.control.users.findByEmail(input.email);
  if (!user || !user.passwordHash || user.disabledAt) {
    await burnPasswordCheck(input.password);
    throw new AppError('UNAUTHENTICATED', 'Email or password is wrong');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('UNAUTHENTICATED', 'Email or password is wrong');
  }
  return user;
};
