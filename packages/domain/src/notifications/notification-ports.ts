// Ports of the notifications capability: the in-app inbox (packages/db implements it) and the input of the notify
// activity, which the lifecycle state machine emits as an effect.
export type NotificationRecord = {
  id: string;
  kind: string;
  systemId: string | null;
  payload: unknown;
  createdAt: string;
  readAt: string | null;
};

export type NotificationRepo = {
  insert(n: {
    id: string;
    recipientId: string;
    systemId: string | null;
    kind: string;
    payload: unknown;
    dedupeKey: string;
  }): Promise<void>;
  listForRecipient(recipientId: string, opts: { limit: number; unreadOnly: boolean }): Promise<NotificationRecord[]>;
  markRead(recipientId: string, id: string, at: Date): Promise<boolean>;
};

export type NotifyInput = {
  tenantId: string;
  systemId: string | null;
  kind: string;
  recipients: { userIds?: string[]; roles?: string[]; excludeUserIds?: string[] };
  payload: Record<string, unknown>;
  dedupeKey: string;
};
