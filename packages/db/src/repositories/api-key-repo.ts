import type { TApiKey } from '@kizuna/contracts';
import type { ApiKeyRecord, ApiKeyRepo } from '@kizuna/domain';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { apiKeys, users } from '../schema/control.js';
import { decodeCursor, pageOf } from './cursor.js';
import { formatTimestamp } from './format-timestamp.js';

type Row = typeof apiKeys.$inferSelect;

const toApiKey = (row: Row): TApiKey => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  expiresAt: formatTimestamp(row.expiresAt),
  revokedAt: formatTimestamp(row.revokedAt),
  lastUsedAt: formatTimestamp(row.lastUsedAt),
});

export const createApiKeyRepo = (db: Executor): ApiKeyRepo => ({
  async insert(key: ApiKeyRecord) {
    await db.insert(apiKeys).values({
      id: key.id,
      tenantId: key.tenantId,
      name: key.name,
      secretHash: key.secretHash,
      scopes: key.scopes,
      createdBy: key.createdBy,
      createdAt: new Date(key.createdAt),
      expiresAt: key.expiresAt ? new Date(key.expiresAt) : null,
    });
  },
  async findById(id) {
    const [found] = await db
      .select({ key: apiKeys, creatorDisabledAt: users.disabledAt, creatorId: users.id })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.createdBy))
      .where(eq(apiKeys.id, id));
    if (!found) return null;
    const { key } = found;
    return {
      ...toApiKey(key),
      tenantId: key.tenantId,
      secretHash: key.secretHash,
      creatorDisabled: !found.creatorId || found.creatorDisabledAt !== null,
    };
  },
  async list(tenantId, { limit, cursor }) {
    const after = decodeCursor(cursor);
    const rows = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenantId), after ? lt(apiKeys.id, after) : undefined))
      .orderBy(desc(apiKeys.id))
      .limit(limit + 1);
    return pageOf(rows.map(toApiKey), limit, (k) => k.id);
  },
  async touch(id, at) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: at })
      .where(
        and(
          eq(apiKeys.id, id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`${at}::timestamptz - interval '1 minute'`)),
        ),
      );
  },
  async revoke(tenantId, id, at) {
    const rows = await db
      .update(apiKeys)
      .set({ revokedAt: at })
      .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    return rows.length > 0;
  },
});
