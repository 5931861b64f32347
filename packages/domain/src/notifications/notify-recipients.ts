import { newId } from '../ids/new-id.js';
import type { Deps, TenantRepos } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { NotifyInput } from './notification-ports.js';

type Notice = Omit<NotifyInput, 'tenantId' | 'recipients'>;

// One notification per recipient and dedupe key, so a retried activity sends nothing twice. Taking the tenant's
// repositories lets a caller write them in the same transaction as what they announce.
export const writeNotifications = async (repos: TenantRepos, now: Date, recipientIds: string[], notice: Notice) => {
  for (const recipientId of recipientIds) {
    await repos.notifications.insert({
      id: newId(now.getTime()),
      recipientId,
      systemId: notice.systemId,
      kind: notice.kind,
      payload: notice.payload,
      dedupeKey: `${notice.dedupeKey}:${recipientId}`,
    });
  }
};

// In-app notifications to people named or holding one of the roles, in a transaction of their own.
export const notifyRecipients = async (deps: Deps, input: NotifyInput): Promise<{ recipients: number }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  const byRole = input.recipients.roles?.length
    ? await deps.control.users.listMembersWithRoles(tenant.id, input.recipients.roles)
    : [];
  const exclude = new Set(input.recipients.excludeUserIds ?? []);
  const recipients = [...new Set([...(input.recipients.userIds ?? []), ...byRole])].filter((id) => !exclude.has(id));
  const { systemId, kind, payload, dedupeKey } = input;
  await deps.runInTenant(tenant, (repos) =>
    writeNotifications(repos, deps.now(), recipients, { systemId, kind, payload, dedupeKey }),
  );
  return { recipients: recipients.length };
};
