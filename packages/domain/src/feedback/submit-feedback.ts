import { randomInt } from 'node:crypto';
import type { TSubmitFeedback } from '@kizuna/contracts';
import { AppError } from '../errors/app-error.js';
import type { AttemptLimit } from '../identity/attempt-throttle-ports.js';
import { newId } from '../ids/new-id.js';
import { notifyRecipients } from '../notifications/notify-recipients.js';
import type { Deps } from '../ports.js';
import { findOpenChannelTenant, loadOpenChannel } from './load-open-channel.js';

export type SubmitFeedbackInput = {
  tenantSlug: string;
  // A salted hash of the sender's address (the transport hashes it; the address itself is never stored).
  senderHash: string;
  limit: AttemptLimit;
  report: TSubmitFeedback;
};

// The audit actor of what arrives through the public page: nobody logged in.
export const FEEDBACK_CHANNEL_ACTOR = { type: 'system', id: 'public-feedback' } as const;

const JST_OFFSET_MS = 9 * 3600 * 1000;
export const formatFeedbackReference = (number: number, at: Date): string =>
  `FB-${new Date(at.getTime() + JST_OFFSET_MS).getUTCFullYear()}-${String(number).padStart(6, '0')}`;

// A report from the public page: throttled per sender and tenant (the count lives in PostgreSQL, so every API
// process agrees), stored as given, audited without its text or contact, and announced to the officers.
export const submitFeedback = async (deps: Deps, input: SubmitFeedbackInput): Promise<{ reference: string }> => {
  const tenant = await findOpenChannelTenant(deps, input.tenantSlug);
  const now = deps.now();
  const { report } = input;
  return deps.runInTenant(tenant, async (repos) => {
    const channel = await loadOpenChannel(repos);
    const reserved = await deps.control.attempts.reserve(`feedback:${tenant.id}:${input.senderHash}`, input.limit);
    if (!reserved.admitted)
      throw new AppError('RATE_LIMITED', 'Too many reports from this address; try again later', {
        retryAfterSeconds: reserved.retryAfterSeconds,
      });
    if (report.systemId !== null && !channel.systemIds.includes(report.systemId))
      throw new AppError('VALIDATION_FAILED', 'The report names an AI system this channel does not list', {
        errors: [{ path: 'body.systemId', message: 'not one of the AI systems on this page' }],
      });
    // Only scripts fill in the hidden field: they get an answer that looks like any other, and nothing is kept.
    if (report.website) return { reference: formatFeedbackReference(randomInt(1, 999_999), now) };
    const reference = formatFeedbackReference(await repos.feedback.allocateNumber(), now);
    const stored = await repos.feedback.insert({
      id: newId(now.getTime()),
      reference,
      systemId: report.systemId,
      message: report.message,
      language: report.language,
      contact: report.contact ?? null,
      category: report.category ?? null,
      receivedAt: now.toISOString(),
      ipHash: input.senderHash,
    });
    await repos.audit.append({
      action: 'feedback.received',
      targetType: 'Feedback',
      targetId: stored.id,
      actor: FEEDBACK_CHANNEL_ACTOR,
      requestId: null,
      data: { reference, systemId: stored.systemId, language: stored.language },
    });
    // In the same transaction as the report, so an officer is told of every report kept and of no other.
    await notifyRecipients(
      { ...deps, runInTenant: (_tenant, fn) => fn(repos) as never },
      {
        tenantId: tenant.id,
        systemId: stored.systemId,
        kind: 'feedback_received',
        recipients: { roles: ['governance_officer'] },
        payload: { feedbackId: stored.id, reference },
        dedupeKey: `feedback_received:${stored.id}`,
      },
    );
    return { reference };
  });
};
