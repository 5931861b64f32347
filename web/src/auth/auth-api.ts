import type { TSessionInfo } from '@kizuna/contracts';
import { requestJson, resetCsrfToken } from '../api/http-client.js';
import { isApiError } from '../api/problem.js';

export type SessionInfo = TSessionInfo;
export type SessionUser = SessionInfo['user'];
export type TenantMembership = SessionInfo['tenants'][number];

/** Resolves to null when nobody is signed in (the API answers 401). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    return (await requestJson<SessionInfo>('/api/v1/auth/session')).data;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export async function logIn(email: string, password: string): Promise<SessionInfo> {
  resetCsrfToken();
  const { data } = await requestJson<SessionInfo>('/api/v1/auth/login', {
    method: 'POST',
    body: { email, password },
  });
  // The server regenerates the session on login; the pre-login token belongs to the old one.
  resetCsrfToken();
  return data;
}

export async function logOut(): Promise<void> {
  try {
    await requestJson<void>('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    resetCsrfToken();
  }
}
