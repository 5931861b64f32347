import { AppError } from '../errors/app-error.js';
import type { Deps } from '../ports.js';
import type { ApiKeyRecord } from './api-key-ports.js';
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
  if (key.creatorDisabled) throw invalid;
  // Last use is recorded at most once a minute, so a busy integrator does not write on every request.
  const now = deps.now();
  if (!key.lastUsedAt || now.getTime() - new Date(key.lastUsedAt).getTime() > 60_000)
    await deps.control.apiKeys.touch(key.id, now);
  return key;
};
