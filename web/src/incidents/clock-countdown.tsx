import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format-date-time.js';
import { computeCountdown } from './countdown.js';
import type { RegulatoryClock } from './incident.js';

/**
 * How long a clock has left, in words: overdue clocks say so in text and in red (never colour alone); a duty
 * "promptly" has no date to count to; a filed clock shows when it was filed.
 */
export function ClockCountdown({ clock, now }: { clock: RegulatoryClock; now: number }) {
  const { t } = useTranslation();
  const { filedAt } = clock;
  if (clock.status === 'filed') {
    return (
      <span className="countdown countdown-filed" data-testid="clock-countdown" data-state="filed">
        {filedAt ? t('incidents.clock.filedAt', { at: formatDateTime(filedAt) }) : t('incidents.clock.filed')}
      </span>
    );
  }
  if (clock.dueAt === null) {
    return (
      <span className="countdown countdown-undated" data-testid="clock-countdown" data-state="undated">
        {t('incidents.clock.noDate')}
      </span>
    );
  }
  const left = computeCountdown(clock.dueAt, now);
  if (left.overdue) {
    return (
      <span className="countdown countdown-overdue" data-testid="clock-countdown" data-state="overdue">
        <strong className="overdue-label">{t('incidents.clock.overdueLabel')}</strong>{' '}
        {t('incidents.clock.overdueBy', { days: left.days, hours: left.hours })}
      </span>
    );
  }
  return (
    <span className="countdown" data-testid="clock-countdown" data-state="counting">
      {t('incidents.clock.left', { days: left.days, hours: left.hours })}
    </span>
  );
}
