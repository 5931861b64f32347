import type { MembershipRecord, UserDirectory, UserRecord } from '@kizuna/domain';
import { and, arrayOverlaps, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../connection.js';
import { memberships, tenants, users } from '../schema/control.js';

type Row = typeof users.$inferSelect;
const toUser = (row: Row): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  passwordHash: row.passwordHash,
  locale: row.locale === 'en' ? 'en' : 'ja',
  disabledAt: row.disabledAt,
});

export const upsertMembershipRow = async (db: Executor, m: MembershipRecord): Promise<void> => {
  await db
    .insert(memberships)
    .values(m)
    .onConflictDoUpdate({
      target: [memberships.tenantId, memberships.userId],
      set: { roles: m.roles, businessUnitIds: m.businessUnitIds },
    });
};

export const createUserDirectory = (db: Executor): UserDirectory => ({
  async findByEmail(email) {
    const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
    return row ? toUser(row) : null;
  },
  async findById(id) {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row ? toUser(row) : null;
  },
  async upsert(user) {
    const [row] = await db
      .insert(users)
      .values(user)
      .onConflictDoUpdate({ target: users.email, set: { displayName: user.displayName, locale: user.locale } })
      .returning();
    return toUser(row!);
  },
  async listMemberships(userId) {
    const rows = await db
      .select({ m: memberships, slug: tenants.slug, name: tenants.name })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(and(eq(memberships.userId, userId), eq(tenants.status, 'active')))
      .orderBy(tenants.slug);
    return rows.map((r) => ({
      tenantId: r.m.tenantId,
      userId: r.m.userId,
      roles: r.m.roles,
      businessUnitIds: r.m.businessUnitIds,
      tenantSlug: r.slug,
      tenantName: r.name,
    }));
  },
  async findMembership(tenantId, userId) {
    const [row] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
    return row
      ? { tenantId: row.tenantId, userId: row.userId, roles: row.roles, businessUnitIds: row.businessUnitIds }
      : null;
  },
  upsertMembership: (m) => upsertMembershipRow(db, m),
  async listMembers(tenantId) {
    const rows = await db
      .select({ id: users.id, displayName: users.displayName, email: users.email, roles: memberships.roles })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, tenantId), isNull(users.disabledAt)))
      .orderBy(users.displayName);
    return rows;
  },
  async listMembersWithRoles(tenantId, roles) {
    const rows = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(eq(memberships.tenantId, tenantId), arrayOverlaps(memberships.roles, roles), isNull(users.disabledAt)),
      );
    return rows.map((r) => r.userId);
  },
});
