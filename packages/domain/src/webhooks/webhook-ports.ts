import type {
  TWebhookDeliveriesQuery,
  TWebhookDelivery,
  TWebhookDeliveryStatus,
  TWebhookEndpoint,
  TWebhookEventType,
} from '@kizuna/contracts';
import type { Page, PageRequest } from '../page.js';

/** An endpoint as stored: the sealed secrets never leave the domain. */
export type WebhookEndpointRecord = Omit<TWebhookEndpoint, 'previousSecretExpiresAt'> & {
  sealedSecret: string;
  previousSealedSecret: string | null;
  previousSecretExpiresAt: string | null;
  sinceSeq: number;
};

export type NewWebhookEndpoint = Pick<
  WebhookEndpointRecord,
  'id' | 'url' | 'events' | 'active' | 'description' | 'sealedSecret' | 'sinceSeq' | 'createdBy'
>;

export type WebhookEndpointChange = Partial<
  Pick<
    WebhookEndpointRecord,
    'url' | 'events' | 'active' | 'description' | 'sealedSecret' | 'previousSealedSecret' | 'previousSecretExpiresAt'
  >
>;

export type NewWebhookDelivery = {
  id: string;
  endpointId: string;
  auditSeq: number;
  eventType: TWebhookEventType;
  body: string;
};

export type WebhookDeliveryRecord = TWebhookDelivery & { auditSeq: number; body: string };

export type WebhookAttemptResult = {
  deliveryId: string;
  series: number;
  attempt: number;
  at: string;
  outcome: 'delivered' | 'failed' | 'dead';
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
};

// Endpoints, deliveries and attempts of one tenant. packages/db implements it.
export type WebhookRepo = {
  insertEndpoint(endpoint: NewWebhookEndpoint): Promise<WebhookEndpointRecord>;
  findEndpoint(id: string): Promise<WebhookEndpointRecord | null>;
  listEndpoints(page: PageRequest): Promise<Page<WebhookEndpointRecord>>;
  listActiveEndpoints(): Promise<WebhookEndpointRecord[]>;
  // Applies the change only if the row is still at `expectedVersion`; null when it was not.
  updateEndpoint(
    id: string,
    expectedVersion: number,
    change: WebhookEndpointChange,
  ): Promise<WebhookEndpointRecord | null>;
  deleteEndpoint(id: string): Promise<boolean>;
  readCursor(): Promise<number | null>;
  saveCursor(seq: number): Promise<void>;
  // Idempotent: a delivery already recorded for (endpoint, audit seq, event type) is left as it is.
  insertDeliveries(deliveries: NewWebhookDelivery[]): Promise<void>;
  listDeliveriesForSeqs(
    afterSeq: number,
    upToSeq: number,
  ): Promise<Array<{ id: string; series: number; status: TWebhookDeliveryStatus }>>;
  findDelivery(id: string): Promise<WebhookDeliveryRecord | null>;
  listDeliveries(endpointId: string, query: TWebhookDeliveriesQuery): Promise<Page<WebhookDeliveryRecord>>;
  // Records one attempt and its effect on the delivery; false when the attempt was already recorded.
  recordAttempt(result: WebhookAttemptResult): Promise<boolean>;
  // Starts a new series of attempts; null when the delivery does not exist.
  restartDelivery(id: string): Promise<{ series: number } | null>;
};

/** Starts the Temporal side of webhooks. workflows/ implements it. */
export type WebhookGateway = {
  // Starts the tenant's dispatcher unless it runs (then wakes it).
  ensureDispatcher(tenantId: string): Promise<void>;
  startDelivery(tenantId: string, deliveryId: string, series: number): Promise<void>;
};

/** Seals secrets for storage and opens them to sign. */
export type WebhookSecretBox = { seal(secret: string): string; open(sealed: string): string };

/** One HTTP POST to a receiver, after the address guard; never throws for the receiver's failures. */
export type WebhookSender = (request: {
  url: string;
  body: string;
  headers: Record<string, string>;
}) => Promise<{ statusCode: number | null; latencyMs: number; error: string | null }>;
