import type { TUpdateIncident } from '@kizuna/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, IncidentStatus } from './incident.js';

type Action = 'contain' | 'resolve' | 'close' | 'reopen';

// open → contained → resolved → closed; a later status may be reopened (the API checks it again).
const ACTIONS: Record<IncidentStatus, readonly Action[]> = {
  open: ['contain'],
  contained: ['resolve', 'reopen'],
  resolved: ['close', 'reopen'],
  closed: ['reopen'],
};

interface IncidentStatusActionsProps {
  incident: Incident;
  pending: boolean;
  onPatch: (body: TUpdateIncident) => Promise<boolean>;
}

/** Moves the incident on, asking for what each step needs: containment, root cause, a reason to reopen. */
export function IncidentStatusActions({ incident, pending, onPatch }: IncidentStatusActionsProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [text, setText] = useState('');
  const openActions = incident.correctiveActions.filter((action) => !action.done).length;

  function choose(action: Action) {
    setChosen(action);
    setText(
      action === 'contain' ? (incident.containment ?? '') : action === 'resolve' ? (incident.rootCause ?? '') : '',
    );
  }

  async function submit() {
    if (!chosen) return;
    const value = text.trim();
    const body: TUpdateIncident =
      chosen === 'contain'
        ? { status: 'contained', containment: value }
        : chosen === 'resolve'
          ? { status: 'resolved', rootCause: value }
          : chosen === 'close'
            ? { status: 'closed', ...(value ? { reason: value } : {}) }
            : { status: 'open', reason: value };
    if (await onPatch(body)) setChosen(null);
  }

  const needsText = chosen === 'contain' || chosen === 'resolve' || chosen === 'reopen';
  return (
    <section className="card card-padded" data-testid="incident-status-actions">
      <h2 className="section-title">{t('incidents.actions.title')}</h2>
      <div className="action-row">
        {ACTIONS[incident.status].map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'reopen' ? 'button button-secondary' : 'button button-primary'}
            data-testid={`incident-${action}`}
            disabled={pending || (action === 'close' && openActions > 0)}
            onClick={() => choose(action)}
          >
            {t(`incidents.actions.${action}`)}
          </button>
        ))}
      </div>
      {incident.status === 'resolved' && openActions > 0 && (
        <p className="muted small">{t('incidents.actions.closeBlocked', { count: openActions })}</p>
      )}
      {chosen && (
        <div className="inline-form" data-testid="status-action-form">
          <div className="field">
            <label htmlFor="incident-status-text">{t(`incidents.actions.${chosen}Field`)}</label>
            <textarea
              id="incident-status-text"
              rows={3}
              data-testid="status-action-text"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <div className="form-actions form-actions-start">
            <button
              type="button"
              className="button button-primary button-small"
              data-testid="status-action-submit"
              disabled={pending || (needsText && text.trim() === '')}
              onClick={() => void submit()}
            >
              {t(`incidents.actions.${chosen}`)}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setChosen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {incident.containment && (
        <div className="subsection">
          <h3 className="subsection-title">{t('incidents.fields.containment')}</h3>
          <p className="prose">{incident.containment}</p>
        </div>
      )}
      {incident.rootCause && (
        <div className="subsection">
          <h3 className="subsection-title">{t('incidents.fields.rootCause')}</h3>
          <p className="prose">{incident.rootCause}</p>
        </div>
      )}
    </section>
  );
}
