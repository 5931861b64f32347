import { createSessionClient } from '@kizuna/client/session';
import { OPERATION_ROUTES } from 'virtual:kizuna-operation-routes';

const sessionExpiredListeners = new Set<() => void>();

/** The app's one way to the API: the typed client in session mode (cookie, CSRF, problem+json errors). */
export const apiClient = createSessionClient({
  routes: OPERATION_ROUTES,
  onSessionExpired: () => {
    for (const listener of sessionExpiredListeners) listener();
  },
});

/** Lets the app drop back to the login screen when a session expires mid-use. */
export function subscribeSessionExpired(listener: () => void): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}
