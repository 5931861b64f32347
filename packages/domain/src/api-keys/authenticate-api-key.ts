import { AppError } from '../errors/app-error.js';
import type { ApiKeyRecord, Deps } from '../ports.js';
import { parseApiKeyToken, secretMatches } from './api-key-token.js';

// Looked up on every request, so a revocation or expiry takes effect on the very next call.
export const authenticateApiKey = async (deps: Deps, token: string): Promise<ApiKeyRecord> => {
  const parsed = parseApiKeyToken(token);
  const invalid = new AppError('UNAUTHENTICATED', 'API key is invalid, expired or revoked');
  if (!parsed) throw invalid;
  const key = await deps.control.apiKeys.findById(parsed.id);
  if (!key || !secretMatches(key.secretHash, parsed.secret)) throw invalid;
  if (key.revokedAt || (key.expiresAt && new Date(key.expiresAt) <= deps.now())) throw invalid;
  // A key acts for the person who made it: it stops when they are disabled.
  const creator = await deps.control.users.findById(key.createdBy);
  if (!creator || creator.disabledAt) throw invalid;
  await deps.control.apiKeys.touch(key.id, deps.now());
  return key;
};
