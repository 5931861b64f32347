// Ports of the identity capability: people and their memberships, in the control plane. packages/db implements them.
export type UserRecord = {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  locale: 'ja' | 'en';
  disabledAt: Date | null;
};

export type MembershipRecord = { tenantId: string; userId: string; roles: string[]; businessUnitIds: string[] };

export type UserDirectory = {
  findByEmail(email: string): Promise<UserRecord | null>;
  findById(id: string): Promise<UserRecord | null>;
  upsert(user: UserRecord): Promise<UserRecord>;
  listMemberships(userId: string): Promise<(MembershipRecord & { tenantSlug: string; tenantName: string })[]>;
  findMembership(tenantId: string, userId: string): Promise<MembershipRecord | null>;
  upsertMembership(membership: MembershipRecord): Promise<void>;
  listMembersWithRoles(tenantId: string, roles: string[]): Promise<string[]>;
  listMembers(tenantId: string): Promise<{ id: string; displayName: string; email: string; roles: string[] }[]>;
};
