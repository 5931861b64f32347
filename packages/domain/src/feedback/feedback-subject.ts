import type { TFeedbackReport } from '@kizuna/contracts';
import type { FeedbackRecord } from './feedback-ports.js';

// What the permission rules read on a report: the owner of the system it names (none when it names no system).
export const feedbackSubject = (report: Pick<FeedbackRecord, 'systemOwnerId'>) => ({
  systemOwnerId: report.systemOwnerId ?? '',
});

export const toFeedbackView = ({ systemOwnerId: _owner, ...report }: FeedbackRecord): TFeedbackReport => report;
