import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import { readCurrentLanguage, readIntlLocale } from '../i18n/setup-i18n.js';
import { ClockCountdown } from './clock-countdown.js';
import { formatTokyoDateTime } from './countdown.js';
import type { RegulatoryClock } from './incident.js';

interface RegulatoryClocksCardProps {
  clocks: readonly RegulatoryClock[];
  now: number;
  /** The filing form of one clock, when the caller may file. */
  renderFiling?: (clock: RegulatoryClock) => ReactNode;
}

/** Each duty the facts start: what it is, whom it is owed to, by when (Tokyo time), how long is left, and its source. */
export function RegulatoryClocksCard({ clocks, now, renderFiling }: RegulatoryClocksCardProps) {
  const { t } = useTranslation();
  const language = readCurrentLanguage();
  return (
    <section className="card card-padded" data-testid="regulatory-clocks">
      <h2 className="section-title">{t('incidents.clock.title')}</h2>
      {clocks.length === 0 && <p className="muted">{t('incidents.clock.none')}</p>}
      <ul className="clock-list">
        {clocks.map((clock) => (
          <li
            key={clock.ruleId}
            className={`clock-item clock-${clock.status}`}
            data-testid="clock"
            data-kind={clock.kind}
            data-status={clock.status}
            data-nature={clock.nature}
          >
            <div className="clock-head">
              <strong className="clock-label">{clock.label[language]}</strong>
              <span className={`chip clock-nature clock-nature-${clock.nature}`}>
                {t(`incidents.nature.${clock.nature}`)}
              </span>
            </div>
            <dl className="clock-facts">
              <div>
                <dt>{t('incidents.clock.kind')}</dt>
                <dd>{t(`incidents.clockKind.${clock.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('incidents.clock.recipient')}</dt>
                <dd>{t(`incidents.recipient.${clock.recipient}`)}</dd>
              </div>
              <div>
                <dt>{t('incidents.clock.due')}</dt>
                <dd data-testid="clock-due">
                  {clock.dueAt && clock.dueDate ? (
                    <>
                      {formatCalendarDate(clock.dueDate)}{' '}
                      <span className="muted">
                        ({t('incidents.clock.jst', { at: formatTokyoDateTime(clock.dueAt, readIntlLocale()) })})
                      </span>
                    </>
                  ) : (
                    t('incidents.clock.promptly')
                  )}
                  {clock.guidanceDays && (
                    <span className="cell-sub">{t('incidents.clock.guidanceWindow', clock.guidanceDays)}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('incidents.clock.timeLeft')}</dt>
                <dd>
                  <ClockCountdown clock={clock} now={now} />
                </dd>
              </div>
              <div className="clock-source">
                <dt>{t('incidents.clock.source')}</dt>
                <dd>
                  <code data-testid="clock-rule">{clock.ruleId}</code>
                  {clock.basis.counting && <span className="cell-sub">{clock.basis.counting}</span>}
                </dd>
              </div>
            </dl>
            {renderFiling?.(clock)}
          </li>
        ))}
      </ul>
    </section>
  );
}
