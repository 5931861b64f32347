import type { Filter } from '@kizuna/authz';
import type { TFeedbackChannel, TFeedbackQuery, TFeedbackReport, TFeedbackStatus } from '@kizuna/contracts';
import type { Page } from '../page.js';

/** A report as stored, with the owner of the system it names (read fresh: the permission rules look at it). */
export type FeedbackRecord = TFeedbackReport & { systemOwnerId: string | null };

export type NewFeedback = Pick<
  TFeedbackReport,
  'id' | 'reference' | 'systemId' | 'message' | 'language' | 'contact' | 'category' | 'receivedAt'
> & { ipHash: string };

export type FeedbackTriage = {
  status: Exclude<TFeedbackStatus, 'new'>;
  triagedAt: string;
  triagedBy: string;
  dismissReason?: string;
  incidentId?: string;
};

// The feedback channel and its reports. packages/db implements it.
export type FeedbackRepo = {
  // null until the channel was first saved (it is then off).
  getChannel(): Promise<TFeedbackChannel | null>;
  saveChannel(channel: TFeedbackChannel, updatedBy: string): Promise<void>;
  // Hands out the next reference number of the tenant, under the channel row's lock.
  allocateNumber(): Promise<number>;
  insert(report: NewFeedback): Promise<FeedbackRecord>;
  findById(id: string): Promise<FeedbackRecord | null>;
  list(filter: Filter, query: TFeedbackQuery): Promise<Page<FeedbackRecord>>;
  // Moves a report out of `new`; null when it was not new any more (someone triaged it first).
  triage(id: string, change: FeedbackTriage): Promise<FeedbackRecord | null>;
};
