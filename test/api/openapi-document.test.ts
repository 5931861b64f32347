import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import express from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContractCheck } from '../support/openapi-contract.js';
import { createTestContext, type TestContext } from '../support/test-context.js';

// The document integrators feed to their tools (issue 9 §5), linted by a real OpenAPI linter as it is served.
const testRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const redocly = path.join(testRoot, 'node_modules', '.bin', 'redocly');
const run = promisify(execFile);

type LintReport = {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
};

let t: TestContext;
let dir: string;
let doc: Record<string, unknown>;
beforeAll(async () => {
  t = await createTestContext({ withWorker: false });
  dir = await mkdtemp(path.join(tmpdir(), 'kizuna-openapi-'));
  doc = (await supertest(t.app).get('/api/v1/openapi.json').expect(200)).body;
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const lint = async (document: unknown): Promise<LintReport> => {
  const file = path.join(dir, `openapi-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(document));
  const args = ['lint', file, '--config', path.join(testRoot, 'openapi', 'redocly.yaml'), '--format=json'];
  // The CLI exits non-zero when it finds errors; the report on stdout is what we read either way.
  const { stdout } = await run(redocly, args, {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
};

describe('the OpenAPI document', () => {
  it('when the served document is linted with Redocly, then it has no errors and no warnings', async () => {
    const report = await lint(doc);
    const found = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(found.slice(0, 20)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it('when a reference is broken on purpose, then the linter reports it (the check can fail)', async () => {
    const broken = structuredClone(doc) as { components: { schemas: Record<string, unknown> } };
    delete broken.components.schemas['AiSystem'];
    const report = await lint(broken);
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.ruleId)).toContain('no-unresolved-refs');
  }, 120_000);

  it('when references are read, then every one points into components/schemas and resolves there', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(50);
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    for (const ref of new Set(refs)) {
      const target = /"#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
      expect(target, ref).toBeDefined();
      expect(schemas[target!], ref).toBeDefined();
    }
  });

  it('when an operation takes If-Match, a body or an Idempotency-Key, then 412/428, 413/415 and 422 are documented as problems', () => {
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, { content?: object }> }>>;
    const T = '/api/v1/tenants/{tenant}';
    const patch = paths[`${T}/ai-systems/{id}`]!.patch!.responses;
    for (const status of ['400', '401', '403', '404', '409', '412', '413', '415', '428', '503']) {
      expect(patch[status]?.content, status).toHaveProperty(['application/problem+json']);
    }
    expect(paths[`${T}/incidents`]!.post!.responses['422']?.content).toHaveProperty(['application/problem+json']);
  });

  it('when a response breaks the document (an undocumented status, a body off its schema), then the contract check replaces it with 599 and the reason', async () => {
    const rogue = express();
    rogue.get('/api/v1/auth/csrf', (req, res) => {
      if (req.query['teapot']) res.status(418).json({ brewing: true });
      else res.json({ csrfToken: 42 });
    });
    const checked = supertest(withContractCheck(rogue));
    const teapot = await checked.get('/api/v1/auth/csrf?teapot=1').expect(599);
    expect(teapot.body.contractViolation).toMatch(/418 is not documented for getCsrfToken/);
    const badBody = await checked.get('/api/v1/auth/csrf').expect(599);
    expect(badBody.body.contractViolation).toMatch(/body does not match its schema/);
    // Paths that are no operation pass untouched.
    rogue.get('/elsewhere', (_req, res) => res.status(418).json({}));
    await checked.get('/elsewhere').expect(418);
  });
});
