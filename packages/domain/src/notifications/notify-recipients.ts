import { newId } from '../ids/new-id.js';
import type { Deps } from '../ports.js';
import { loadTenant } from '../tenants/load-tenant.js';
import type { NotifyInput } from './notification-ports.js';

// In-app notifications; one per recipient and dedupe key, so a retried activity sends nothing twice.
export const notifyRecipients = async (deps: Deps, input: NotifyInput): Promise<{ recipients: number }> => {
  const tenant = await loadTenant(deps, input.tenantId);
  const byRole = input.recipients.roles?.length
    ? await deps.control.users.listMembersWithRoles(tenant.id, input.recipients.roles)
    : [];
  const exclude = new Set(input.recipients.excludeUserIds ?? []);
  const recipients = [...new Set([...(input.recipients.userIds ?? []), ...byRole])].filter((id) => !exclude.has(id));
  await deps.runInTenant(tenant, async (repos) => {
    for (const recipientId of recipients) {
      await repos.notifications.insert({
        id: newId(deps.now().getTime()),
        recipientId,
        systemId: input.systemId,
        kind: input.kind,
        payload: input.payload,
        dedupeKey: `${input.dedupeKey}:${recipientId}`,
      });
    }
  });
  return { recipients: recipients.length };
};
