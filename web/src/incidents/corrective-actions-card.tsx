import type { TUpdateIncident } from '@kizuna/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import type { CorrectiveAction, Incident } from './incident.js';

interface CorrectiveActionsCardProps {
  incident: Incident;
  canEdit: boolean;
  pending: boolean;
  onPatch: (body: TUpdateIncident) => Promise<boolean>;
}

/** What will be done so it does not happen again: who, by when, and whether it is done. */
export function CorrectiveActionsCard({ incident, canEdit, pending, onPatch }: CorrectiveActionsCardProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ description: '', owner: '', dueDate: '' });
  const actions = incident.correctiveActions;

  // The API takes the whole list: send it with the one change.
  const save = (next: CorrectiveAction[]) => onPatch({ correctiveActions: next });

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const action = { ...draft, description: draft.description.trim(), owner: draft.owner.trim(), done: false };
    if (await save([...actions, action])) setDraft({ description: '', owner: '', dueDate: '' });
  }

  const complete = draft.description.trim() !== '' && draft.owner.trim() !== '' && draft.dueDate !== '';
  return (
    <section className="card card-padded" data-testid="corrective-actions">
      <h2 className="section-title">{t('incidents.corrective.title')}</h2>
      {actions.length === 0 && <p className="muted">{t('incidents.corrective.none')}</p>}
      <ul className="plain-list corrective-list">
        {actions.map((action, index) => (
          <li key={`${index}:${action.description}`} data-testid="corrective-action" data-done={String(action.done)}>
            <label className="choice">
              <input
                type="checkbox"
                checked={action.done}
                disabled={!canEdit || pending}
                data-testid="corrective-action-done"
                onChange={(event) =>
                  void save(actions.map((a, i) => (i === index ? { ...a, done: event.target.checked } : a)))
                }
              />
              <span>
                {action.description}
                <span className="cell-sub">
                  {t('incidents.corrective.ownerDue', { owner: action.owner, due: formatCalendarDate(action.dueDate) })}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="inline-form" onSubmit={(event) => void add(event)} data-testid="corrective-action-form">
          <div className="field">
            <label htmlFor="corrective-description">{t('incidents.corrective.description')}</label>
            <input
              id="corrective-description"
              data-testid="corrective-description"
              value={draft.description}
              maxLength={2000}
              onChange={(event) => setDraft({ ...draft, description: event.target.value })}
            />
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="corrective-owner">{t('incidents.corrective.owner')}</label>
              <input
                id="corrective-owner"
                data-testid="corrective-owner"
                value={draft.owner}
                maxLength={200}
                onChange={(event) => setDraft({ ...draft, owner: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="corrective-due">{t('incidents.corrective.dueDate')}</label>
              <input
                id="corrective-due"
                type="date"
                data-testid="corrective-due"
                value={draft.dueDate}
                onChange={(event) => setDraft({ ...draft, dueDate: event.target.value })}
              />
            </div>
          </div>
          <button type="submit" className="button button-secondary button-small" disabled={!complete || pending}>
            {t('incidents.corrective.add')}
          </button>
        </form>
      )}
    </section>
  );
}
