// Ports of the tenants capability: the control plane's tenant directory, the tenant's own setup rows, and the schema
// migrator provisioning drives. packages/db implements them.
export type TenantRecord = {
  id: string;
  slug: string;
  name: string;
  schemaName: string;
  status: 'provisioning' | 'active' | 'suspended' | 'failed';
  clusterId: string;
};

export type TenantDirectory = {
  findBySlug(slug: string): Promise<TenantRecord | null>;
  findById(id: string): Promise<TenantRecord | null>;
  list(): Promise<TenantRecord[]>;
  insert(tenant: TenantRecord): Promise<void>;
  setStatus(id: string, status: TenantRecord['status']): Promise<void>;
};

// Role definitions and the tenant policy row (read and written by policy/).
export type TenantSetupRepo = {
  seedRoleDefinitions(defs: { role: string; nameEn: string; nameJa: string }[]): Promise<void>;
  ensurePolicy(policy: Record<string, unknown>): Promise<void>;
  getPolicy(): Promise<Record<string, unknown> | null>;
  savePolicy(policy: Record<string, unknown>): Promise<void>;
};

export type BusinessUnitRepo = {
  list(): Promise<{ id: string; name: string }[]>;
  insert(unit: { id: string; name: string }): Promise<void>;
};

export type SchemaMigrator = {
  createSchema(tenant: { id: string; schemaName: string }): Promise<void>;
  migrate(tenant: { id: string; schemaName: string }): Promise<{ applied: string[]; version: string | null }>;
  recordState(
    tenantId: string,
    state: { status: 'ok' | 'failed'; version?: string | null; error?: string },
  ): Promise<void>;
};
