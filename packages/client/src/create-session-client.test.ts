import { describe, expect, it } from 'vitest';
import { createSessionClient } from './create-session-client.js';
import { KizunaApiError, NETWORK_ERROR } from './kizuna-api-error.js';
import { readOperationRoutes } from './operation-routes.js';

type Sent = { url: string; method: string; headers: Record<string, string>; body?: string; credentials?: string };
type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

// A scripted server: each request takes the next answer for its path; every request is recorded.
const createFakeFetch = (script: Record<string, Answer[]>) => {
  const sent: Sent[] = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    sent.push({ url, method: String(init.method), headers, body: init.body as string, credentials: init.credentials });
    const answer = script[url.split('?')[0] ?? '']?.shift();
    if (!answer) throw new TypeError('fetch failed');
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    return new Response(text || null, { status: answer.status, headers: answer.headers });
  }) as typeof fetch;
  return { sent, fetch: fakeFetch };
};

const routes = readOperationRoutes();
const csrfProblem = { type: 'x', title: 'csrf', status: 403, code: 'CSRF_TOKEN_INVALID' };
const SYSTEMS = '/api/v1/tenants/acme/ai-systems';
const SYSTEM = `${SYSTEMS}/5b0e1c9a-0000-4000-8000-000000000001`;

describe('session client', () => {
  it('sends same-origin relative requests with the session CSRF token on unsafe methods only', async () => {
    const server = createFakeFetch({
      '/api/v1/auth/csrf': [{ status: 200, body: { token: 't1' } }],
      [SYSTEMS]: [
        { status: 200, body: { items: [], nextCursor: null } },
        { status: 201, body: { id: 'x' }, headers: { etag: '"v1"' } },
      ],
      [SYSTEM]: [{ status: 200, body: { id: 'x' }, headers: { etag: '"v2"' } }],
    });
    const client = createSessionClient({ routes, fetch: server.fetch });
    await client.call('listAiSystems', { params: { tenant: 'acme' }, query: { limit: 50 } });
    const created = await client.call('createAiSystem', {
      params: { tenant: 'acme' },
      body: { name: 'n', purpose: 'p' },
      idempotencyKey: 'k1',
    });
    const updated = await client.call('updateAiSystem', {
      params: { tenant: 'acme', id: '5b0e1c9a-0000-4000-8000-000000000001' },
      body: { name: 'm' },
      ifMatch: '"v1"',
    });
    expect(created.etag).toBe('"v1"');
    expect(updated.etag).toBe('"v2"');
    expect(server.sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${SYSTEMS}?limit=50`,
      'GET /api/v1/auth/csrf',
      `POST ${SYSTEMS}`,
      `PATCH ${SYSTEM}`,
    ]);
    expect(server.sent.every((r) => r.credentials === 'same-origin')).toBe(true);
    expect(server.sent[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(server.sent[2]?.headers).toMatchObject({ 'x-csrf-token': 't1', 'idempotency-key': 'k1' });
    expect(server.sent[3]?.headers).toMatchObject({ 'x-csrf-token': 't1', 'if-match': '"v1"' });
    expect(server.sent.some((r) => 'authorization' in r.headers)).toBe(false);
  });

  it('fetches a fresh token and retries once when the server calls the token stale', async () => {
    const server = createFakeFetch({
      '/api/v1/auth/csrf': [
        { status: 200, body: { token: 'old' } },
        { status: 200, body: { token: 'new' } },
      ],
      '/api/v1/auth/logout': [{ status: 403, body: csrfProblem }, { status: 204 }],
    });
    const client = createSessionClient({ routes, fetch: server.fetch });
    await client.call('logout');
    expect(server.sent.map((r) => r.headers['x-csrf-token'] ?? '-')).toEqual(['-', 'old', '-', 'new']);
  });

  it('drops the token when login replaces the session, and reports an ended session only where one was relied on', async () => {
    const unauthorized = { type: 'x', title: 'no', status: 401, code: 'UNAUTHENTICATED' };
    const server = createFakeFetch({
      '/api/v1/auth/csrf': [
        { status: 200, body: { token: 'before' } },
        { status: 200, body: { token: 'after' } },
      ],
      '/api/v1/auth/login': [{ status: 401, body: unauthorized }],
      [SYSTEMS]: [
        { status: 401, body: { ...unauthorized, code: 'FRESH_AUTH_REQUIRED' } },
        { status: 401, body: unauthorized },
      ],
    });
    const expired: string[] = [];
    const client = createSessionClient({ routes, fetch: server.fetch, onSessionExpired: (_e, id) => expired.push(id) });
    const body = { email: 'a@b.example', password: 'x' };
    await expect(client.call('login', { body })).rejects.toBeInstanceOf(KizunaApiError);
    const input = { params: { tenant: 'acme' }, body: { name: 'n', purpose: 'p' } };
    await expect(client.call('createAiSystem', input)).rejects.toMatchObject({ status: 401 });
    await expect(client.call('createAiSystem', input)).rejects.toMatchObject({ status: 401 });
    expect(server.sent.filter((r) => r.method === 'POST').map((r) => r.headers['x-csrf-token'])).toEqual([
      'before',
      'after',
      'after',
    ]);
    expect(expired).toEqual(['createAiSystem']);
  });

  it('turns a missing answer or a non-problem body into the one error class', async () => {
    const server = createFakeFetch({ [SYSTEMS]: [{ status: 502, body: 'Bad gateway' }] });
    const client = createSessionClient({ routes, fetch: server.fetch });
    const input = { params: { tenant: 'acme' } };
    const gateway = await client.call('listAiSystems', input).catch((e: unknown) => e);
    expect(gateway).toBeInstanceOf(KizunaApiError);
    expect((gateway as KizunaApiError).problem).toMatchObject({ status: 502, code: 'HTTP_502' });
    const offline = await client.call('listAiSystems', input).catch((e: unknown) => e);
    expect((offline as KizunaApiError).status).toBe(0);
    expect((offline as KizunaApiError).problem.code).toBe(NETWORK_ERROR);
  });
});
