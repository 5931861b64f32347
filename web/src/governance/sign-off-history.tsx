import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asSubject } from '@kizuna/authz';
import { useApiMutation } from '../api/api-mutation.js';
import { useApiQuery } from '../api/api-query.js';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { formatCalendarDate, formatDateTime } from '../i18n/format-date-time.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';
import type { LifecycleView, SignOff } from './governance.js';

interface SignOffHistoryProps {
  system: AiSystem;
  signOffs: SignOff[];
  lifecycle: LifecycleView;
  canFulfil: boolean;
}

type ConditionStatus = 'open' | 'awaiting' | 'fulfilled' | 'lapsed';

/** Every decision on the system, newest first, with the conditions attached to approvals and their status. */
export function SignOffHistory({ system, signOffs, lifecycle, canFulfil }: SignOffHistoryProps) {
  const { t } = useTranslation();
  const { user, ability } = useTenant();
  const closed = readClosedConditions(lifecycle);
  const submitted = new Map(
    (lifecycle.live?.openConditions ?? []).map((condition) => [condition.id, condition.fulfilmentSubmittedBy]),
  );
  const sorted = [...signOffs].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));

  return (
    <section className="card card-padded governance-wide" aria-labelledby="signoff-history-title">
      <h2 className="section-title" id="signoff-history-title">
        {t('signOffHistory.title')}
      </h2>
      <ul className="signoff-list" data-testid="signoff-history">
        {sorted.map((signOff) => (
          <li key={signOff.id} className="signoff-entry">
            <div className="signoff-entry-head">
              <span className={`decision decision-${signOff.decision}`}>{t(`decision.${signOff.decision}`)}</span>
              <strong>{signOff.signerName}</strong>
              <span className="muted small">{formatDateTime(signOff.decidedAt)}</span>
            </div>
            <blockquote className="attestation-quote">{signOff.attestation}</blockquote>
            {signOff.comment && <p className="prose small">{signOff.comment}</p>}
            {signOff.conditions.length > 0 && (
              <ul className="condition-list">
                {signOff.conditions.map((condition) => {
                  const status: ConditionStatus =
                    closed.get(condition.id) ?? (submitted.get(condition.id) ? 'awaiting' : 'open');
                  // The person a condition binds submits it with evidence; an officer it does not bind confirms it.
                  const mayConfirm = ability.can('confirm', asSubject('Condition', { ownerId: condition.ownerId }));
                  const mayFulfil =
                    canFulfil &&
                    (status === 'awaiting'
                      ? mayConfirm
                      : status === 'open' &&
                        ability.can('fulfil', asSubject('Condition', { ownerId: condition.ownerId })));
                  return (
                    <li key={condition.id} className="condition-item" data-testid="condition">
                      <div className="condition-main">
                        <span className="prose">{condition.text}</span>
                        <span className="muted small">
                          {t('conditions.owner')} <ReferenceLabel id={condition.ownerId} selfId={user.id} />
                          {' · '}
                          {t('conditions.due', { date: formatCalendarDate(condition.dueDate) })}
                        </span>
                      </div>
                      <span className={`condition-status condition-${status}`}>{t(`conditions.status.${status}`)}</span>
                      {status === 'awaiting' && <p className="field-hint">{t('conditions.awaitingHint')}</p>}
                      {mayFulfil && (
                        <FulfilConditionForm
                          systemId={system.id}
                          conditionId={condition.id}
                          confirming={status === 'awaiting'}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FulfilConditionFormProps {
  systemId: string;
  conditionId: string;
  /** Confirming a fulfilment already submitted with evidence: more evidence is optional. */
  confirming: boolean;
}

function FulfilConditionForm({ systemId, conditionId, confirming }: FulfilConditionFormProps) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const evidence = useApiQuery('listEvidence', { params: { tenant: slug, id: systemId } });
  const fulfil = useApiMutation('fulfilCondition');
  // Stays busy after success too: the refreshed timeline closes the condition and removes this form.
  const submitting = fulfil.isPending || fulfil.isSuccess;
  const [missing, setMissing] = useState(false);
  const [missingEvidence, setMissingEvidence] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!note.trim());
    setMissingEvidence(!confirming && chosen.length === 0);
    if (!note.trim() || (!confirming && chosen.length === 0)) return;
    fulfil.mutate({
      params: { tenant: slug, id: systemId, cid: conditionId },
      body: { note: note.trim(), evidenceIds: chosen },
    });
  }

  function toggle(id: string) {
    setChosen((current) => (current.includes(id) ? current.filter((e) => e !== id) : [...current, id]));
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button-secondary button-compact"
        data-testid="fulfil-condition"
        onClick={() => setOpen(true)}
      >
        {confirming ? t('conditions.confirm') : t('conditions.fulfil')}
      </button>
    );
  }
  return (
    <form className="inline-form condition-form" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor={noteId}>{t('conditions.note')}</label>
        <textarea
          id={noteId}
          rows={2}
          maxLength={2000}
          value={note}
          aria-invalid={missing || undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        <p className="field-hint">{t('conditions.noteHint')}</p>
        {missing && <p className="field-error">{t('conditions.noteRequired')}</p>}
      </div>
      <fieldset className="form-section">
        <legend>{t('conditions.evidence')}</legend>
        <div className="choice-grid">
          {(evidence.data?.items ?? []).map((item) => (
            <label key={item.id} className="choice">
              <input type="checkbox" checked={chosen.includes(item.id)} onChange={() => toggle(item.id)} />
              <span>{item.title}</span>
            </label>
          ))}
        </div>
        {evidence.data?.items.length === 0 && <p className="muted small">{t('conditions.noEvidence')}</p>}
        <p className="field-hint">{t('conditions.evidenceHint')}</p>
        {missingEvidence && <p className="field-error">{t('conditions.evidenceRequired')}</p>}
      </fieldset>
      {fulfil.error && <ProblemBanner error={fulfil.error} />}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('common.saving') : t('conditions.confirmFulfil')}
        </button>
      </div>
    </form>
  );
}

/** Conditions close through the timeline: fulfilled by a person, or lapsed when their due date passed. */
function readClosedConditions(lifecycle: LifecycleView): Map<string, ConditionStatus> {
  const closed = new Map<string, ConditionStatus>();
  for (const transition of lifecycle.transitions) {
    const data = transition.data as { conditionId?: unknown } | null;
    if (typeof data?.conditionId !== 'string') continue;
    if (transition.action === 'condition.fulfilled') closed.set(data.conditionId, 'fulfilled');
    if (transition.action === 'condition.lapsed') closed.set(data.conditionId, 'lapsed');
  }
  return closed;
}
