import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@kizuna/domain';

// A real HTTP receiver for webhook tests: it records every request and answers what the test asks of it, and it
// checks signatures the way an integrator's receiver would.

export type ReceivedWebhook = {
  at: number;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; createdAt: string; tenant: string; data: Record<string, unknown> };
  signature: string;
  eventId: string;
};

export const startWebhookReceiver = async () => {
  const received: ReceivedWebhook[] = [];
  // Answers per request in turn; the last one repeats.
  let answers: number[] = [200];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({
        at: Date.now(),
        path: req.url ?? '',
        headers: req.headers,
        body,
        json: JSON.parse(body) as ReceivedWebhook['json'],
        signature: String(req.headers['kizuna-signature'] ?? ''),
        eventId: String(req.headers['kizuna-event-id'] ?? ''),
      });
      const status = answers.length > 1 ? answers.shift()! : answers[0]!;
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status < 300 ? 'ok' : 'nope');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/hooks') => `http://127.0.0.1:${port}${path}`,
    received,
    answer: (statuses: number[]) => {
      answers = [...statuses];
    },
    /** A receiver's check: signature valid for the secret and the timestamp fresh. */
    verify: (hook: ReceivedWebhook, secret: string, nowMs = Date.now()) =>
      verifyWebhookSignature(hook.signature, hook.body, secret, nowMs),
    waitFor: async (predicate: (hooks: ReceivedWebhook[]) => boolean, timeoutMs = 20_000) => {
      const until = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > until) throw new Error(`webhook receiver: condition not met; received ${received.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
