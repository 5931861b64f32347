import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import { useTenant } from '../shell/tenant-context.js';
import type { RiskLogEntry } from './governance.js';

/** Gaps recorded in assessments, each with its remediation owner and due date. */
export function RiskLogCard({ entries }: { entries: RiskLogEntry[] }) {
  const { t } = useTranslation();
  const { user } = useTenant();
  return (
    <section className="card table-card governance-wide" aria-labelledby="risk-log-title" id="risk-log">
      <h2 className="section-title card-table-title" id="risk-log-title">
        {t('riskLog.title')}
      </h2>
      <table className="data-table" data-testid="risk-log-table">
        <thead>
          <tr>
            <th scope="col">{t('riskLog.requirement')}</th>
            <th scope="col">{t('riskLog.remediation')}</th>
            <th scope="col">{t('riskLog.owner')}</th>
            <th scope="col">{t('riskLog.due')}</th>
            <th scope="col">{t('riskLog.status')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <code className="reference">{entry.requirementId}</code>
              </td>
              <td className="prose">{entry.description}</td>
              <td>
                <ReferenceLabel id={entry.ownerId} selfId={user.id} />
              </td>
              <td>{formatCalendarDate(entry.dueDate)}</td>
              <td>{t(`riskLog.statusValue.${entry.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
