import { createDeps, migrateTenantSchema, TENANT_MIGRATIONS } from '@kizuna/db';
import { newId, schemaNameFor, verifyAuditChain, type AuditEntry, type TenantRecord } from '@kizuna/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.js';

// Finding 11: the database computes each audit hash (append_audit_event, tenant migration 0004) in the format
// packages/domain/src/audit verifies, so a chain begun by the old JavaScript writer goes on seamlessly, and
// JavaScript recomputes every hash PostgreSQL wrote, whatever the data holds.

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
});
afterAll(() => t?.close());

const tenantOn = (schemaName: string) => ({ id: newId(), schemaName }) as TenantRecord;
const target = (schemaName: string) => ({ schemaName, appRole: t.stack.appRole });

const entry = (action: string, data: Record<string, unknown>, requestId: string | null = null): AuditEntry => ({
  action,
  targetType: 'Probe',
  targetId: action,
  actor: { type: 'system', id: 'test' },
  requestId,
  data,
});

// Verified as an auditor would: the use-case behind GET .../audit-events/verify.
const verify = (deps: ReturnType<typeof createDeps>, tenant: TenantRecord) =>
  verifyAuditChain(deps, {
    actor: { kind: 'user', tenantId: tenant.id, userId: newId(), roles: ['auditor'], businessUnitIds: [] },
    tenant,
    requestId: null,
  });

// Keys in an order JavaScript and PostgreSQL would each sort differently if left to themselves, every JSON
// escape, non-ASCII text, and numbers at the edges of how they are spelled.
const AWKWARD = {
  b: 1,
  a: { z: [], y: {}, 'x y': null, Z: true, _: false, aa: 'aa', ä: 'umlaut' },
  A: ['ascending', 3, -1, 0, 3.14, -0.5, 0.30000000000000004, 2 ** 53 - 1, 1e21, 1.5e-7, 123456789.125],
  text: 'quote " backslash \\ slash / newline \n tab \t return \r bell \u0007 unit \u001f del \u007f',
  unicode: 'ガバナンス 日本語 é 😀 \u2028 \u2029',
  nested: [[[{ deep: [{ deeper: 'yes' }] }]]],
  emptyText: '',
};

describe('audit chain across the append-function migration', () => {
  it('finding 11: when a chain written before migration 0004 is migrated and goes on, then old and new events verify as one chain', async () => {
    const schemaName = schemaNameFor(newId());
    const tenant = tenantOn(schemaName);
    await migrateTenantSchema(
      t.ownerPool,
      target(schemaName),
      TENANT_MIGRATIONS.filter((m) => m.id < '0004'),
    );
    // The old writer: JavaScript computes the hash (the repository's path for a schema not yet migrated).
    const before = createDeps(t.ownerPool);
    for (let i = 0; i < 3; i += 1)
      await before.runInTenant(tenant, (repos) => repos.audit.append(entry(`old.${i}`, { i, text: 'before' })));
    expect(await verify(before, tenant)).toMatchObject({ ok: true, checked: 3 });

    await migrateTenantSchema(t.ownerPool, target(schemaName));
    // From here on the application role can write the trail only through the database's append function.
    const rights = await t.ownerPool.query<{ insert: boolean; execute: boolean }>(
      `select has_table_privilege($1, $2, 'INSERT') as insert,
              has_function_privilege($1, $3, 'EXECUTE') as execute`,
      [
        t.stack.appRole,
        `"${schemaName}".audit_events`,
        `"${schemaName}".append_audit_event(text, text, text, text, text, text, jsonb, text)`,
      ],
    );
    expect(rights.rows[0]).toEqual({ insert: false, execute: true });
    const after = createDeps(t.appPool);
    for (let i = 0; i < 3; i += 1)
      await after.runInTenant(tenant, (repos) => repos.audit.append(entry(`new.${i}`, { i, ...AWKWARD }, `req-${i}`)));
    const rows = await t.ownerPool.query<{ seq: string; action: string }>(
      `select seq, action from "${schemaName}".audit_events order by seq`,
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['old.0', 'old.1', 'old.2', 'new.0', 'new.1', 'new.2']);
    expect(await verify(after, tenant)).toEqual({ ok: true, checked: 6, firstBadSeq: null });
  });

  it('finding 11: when the database appends events with awkward data, then JavaScript recomputes every hash it wrote', async () => {
    const schemaName = schemaNameFor(newId());
    const tenant = tenantOn(schemaName);
    await migrateTenantSchema(t.ownerPool, target(schemaName));
    const deps = createDeps(t.appPool);
    const appended = await deps.runInTenant(tenant, async (repos) => {
      const out = [];
      out.push(await repos.audit.append(entry('awkward', AWKWARD)));
      out.push(await repos.audit.append(entry('empty', {})));
      out.push(await repos.audit.append({ ...entry('deduped', { n: 1 }), dedupeKey: 'once' }));
      out.push(await repos.audit.append({ ...entry('deduped', { n: 2 }), dedupeKey: 'once' }));
      return out;
    });
    expect(appended.map((a) => a?.seq ?? null)).toEqual([1, 2, 3, null]);
    expect(await verify(deps, tenant)).toEqual({ ok: true, checked: 3, firstBadSeq: null });
    const head = await deps.runInTenant(tenant, (repos) => repos.audit.head());
    expect(head).toEqual({ seq: 3, hash: appended[2]!.hash });
    // Numbers JavaScript spells with an exponent are kept as it spells them, so they hash the same both ways.
    const [stored] = await deps.runInTenant(tenant, (repos) => repos.audit.scan(0, 1));
    expect((stored!.data as { A: unknown[] }).A).toEqual([
      'ascending',
      3,
      -1,
      0,
      3.14,
      -0.5,
      0.30000000000000004,
      2 ** 53 - 1,
      '1e+21',
      '1.5e-7',
      123456789.125,
    ]);
  });
});
