import type { RegulatorRequestAlertRepo } from '@kizuna/domain';
import type { Executor } from '../connection.js';
import { regulatorRequestAlerts } from '../schema/tenant-regulator-requests.js';

export const createRegulatorRequestAlertRepo = (db: Executor): RegulatorRequestAlertRepo => ({
  async record(requestId, alert) {
    const inserted = await db
      .insert(regulatorRequestAlerts)
      .values({ requestId, alertKey: alert.key, kind: alert.kind, dueAt: new Date(alert.dueAt) })
      .onConflictDoNothing()
      .returning({ key: regulatorRequestAlerts.alertKey });
    return inserted.length > 0;
  },
});
