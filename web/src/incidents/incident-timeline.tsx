import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { readIntlLocale } from '../i18n/setup-i18n.js';
import { formatTokyoDateTime } from './countdown.js';
import type { Incident } from './incident.js';

type Entry = Incident['timeline'][number];

/** Every recorded step, newest first: who did what, which facts and clocks changed, and why. */
export function IncidentTimeline({ timeline, selfId }: { timeline: Incident['timeline']; selfId: string }) {
  const { t } = useTranslation();
  const entries = [...timeline].sort((a, b) => b.seq - a.seq);
  return (
    <section className="card card-padded" data-testid="incident-timeline">
      <h2 className="section-title">{t('incidents.timeline.title')}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.seq} className="timeline-item" data-testid="incident-timeline-item" data-kind={entry.kind}>
            <span className="timeline-dot" aria-hidden="true" />
            <div className="timeline-body">
              <div className="timeline-meta">
                <strong>{t(`incidents.timeline.kind.${entry.kind}`)}</strong>
                <span className="muted">
                  {' · '}
                  {formatDateTime(entry.at)}
                  {' · '}
                  {entry.actor.type === 'api_key' ? (
                    t('incidents.timeline.apiKey')
                  ) : (
                    <ReferenceLabel id={entry.actor.id} selfId={selfId} />
                  )}
                </span>
              </div>
              {entry.note && <p className="prose">{entry.note}</p>}
              {entry.reason && (
                <p className="muted small">
                  {t('incidents.timeline.reason')} {entry.reason}
                </p>
              )}
              <EntryChanges entry={entry} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

// Deadlines are Tokyo days, so their moves are shown in Japan time, as on the clocks.
const tokyo = (iso: string) => formatTokyoDateTime(iso, readIntlLocale());

function EntryChanges({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (entry.changes.length === 0 && entry.clockChanges.length === 0) return null;
  return (
    <ul className="plain-list small">
      {entry.changes.map((change) => (
        <li key={change.field}>{t('incidents.timeline.changed', { field: change.field })}</li>
      ))}
      {entry.clockChanges.map((change) => (
        <li key={`${change.ruleId}:${change.change}`} data-testid="clock-change">
          {t(`incidents.timeline.clock.${change.change}`, {
            kind: t(`incidents.clockKind.${change.kind}`),
            from: change.from ? tokyo(change.from) : '—',
            to: change.to ? tokyo(change.to) : '—',
          })}
        </li>
      ))}
    </ul>
  );
}
