import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvidenceKind, pickLocalized } from '../governance/governance-labels.js';
import { ANSWER_KIND_LIST, type AssessmentRequirement, type Evidence } from '../governance/governance.js';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import { findDraftProblem, readToday, type AnswerDraft, type DraftProblem } from './answer-draft.js';

interface RequirementCardProps {
  requirement: AssessmentRequirement;
  draft: AnswerDraft;
  dirty: boolean;
  readOnly: boolean;
  evidence: Evidence[];
  /** Messages from the server (translated where known) and from the local check of an incomplete draft. */
  serverProblems: string[] | undefined;
  localProblem: DraftProblem | null;
  confirming: boolean;
  onChange: (requirementId: string, draft: AnswerDraft) => void;
  onConfirm: (requirementId: string) => void;
}

/** One requirement: what it asks, why it applies, and the comply-or-explain answer to it. */
export const RequirementCard = memo(function RequirementCard(props: RequirementCardProps) {
  const { requirement, draft, readOnly, evidence } = props;
  const { t } = useTranslation();
  const idPrefix = useId();
  const id = requirement.requirementId;
  const expected = requirement.expectedEvidence;
  // Only evidence of a kind the requirement expects can satisfy it, so only that is offered.
  const fitting = expected.length > 0 ? evidence.filter((item) => expected.includes(item.kind)) : evidence;
  const needsConfirmation = requirement.carriedForward && !requirement.confirmed && !props.dirty;
  const problems = props.serverProblems ?? [];
  const hasProblem = problems.length > 0 || props.localProblem !== null;

  function update(changes: Partial<AnswerDraft>) {
    props.onChange(id, { ...draft, ...changes });
  }

  function toggleEvidence(evidenceId: string, checked: boolean) {
    const selected = checked
      ? [...draft.evidenceIds, evidenceId]
      : draft.evidenceIds.filter((existing) => existing !== evidenceId);
    update({ evidenceIds: selected });
  }

  const fieldId = (name: string) => `${idPrefix}-${name}`;
  const status =
    draft.kind === null
      ? 'open'
      : needsConfirmation
        ? 'confirm'
        : findDraftProblem(draft) !== null
          ? 'incomplete'
          : 'answered';

  return (
    <article
      className={`requirement-card${hasProblem ? ' requirement-card-problem' : ''}`}
      data-testid="requirement"
      data-requirement-id={id}
      data-expected-evidence={expected.join(',')}
      data-status={status}
      aria-labelledby={fieldId('title')}
    >
      <header className="requirement-head">
        <code className="requirement-id">{id}</code>
        <h3 className="requirement-title" id={fieldId('title')}>
          {pickLocalized(requirement.title)}
        </h3>
        <span className={`answer-state answer-state-${status}`}>
          {t(`assessment.state.${status}`)}
          {props.dirty && ` · ${t('assessment.state.unsaved')}`}
        </span>
      </header>
      <p className="requirement-guidance">{pickLocalized(requirement.guidance)}</p>
      <dl className="requirement-facts">
        <div>
          <dt>{t('assessment.appliesBecause')}</dt>
          <dd>
            <ul className="reason-chips">
              {requirement.reasons.map((reason) => (
                <li key={reason.en}>{pickLocalized(reason)}</li>
              ))}
            </ul>
          </dd>
        </div>
        {expected.length > 0 && (
          <div>
            <dt>{t('assessment.expectedEvidence')}</dt>
            <dd className="role-chips">
              {expected.map((kind) => (
                <span key={kind} className="chip">
                  {describeEvidenceKind(kind, t)}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>

      {needsConfirmation && (
        <div className="carried-forward" data-testid="carried-forward">
          <span>{t('assessment.carriedForward')}</span>
          {!readOnly && (
            <button
              type="button"
              className="button button-secondary button-compact"
              data-testid="confirm-answer"
              disabled={props.confirming}
              onClick={() => props.onConfirm(id)}
            >
              {props.confirming ? t('assessment.confirming') : t('assessment.confirm')}
            </button>
          )}
        </div>
      )}

      <fieldset className="answer-choice" disabled={readOnly}>
        <legend className="visually-hidden">{t('assessment.answerLegend')}</legend>
        <div className="segmented segmented-wide">
          {ANSWER_KIND_LIST.map((kind) => (
            <label key={kind} className={`segmented-option answer-${kind}`}>
              <input
                type="radio"
                name={fieldId('kind')}
                checked={draft.kind === kind}
                data-testid={`answer-${kind}`}
                onChange={() => update({ kind })}
              />
              <span>{t(`answerKind.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {draft.kind === 'complies' && (
        <div className="answer-fields">
          <fieldset className="evidence-choice" disabled={readOnly}>
            <legend>{t('assessment.pickEvidence')}</legend>
            {fitting.length === 0 ? (
              <p className="field-hint">
                {expected.length > 0
                  ? t('assessment.noFittingEvidence', {
                      kinds: expected.map((kind) => describeEvidenceKind(kind, t)).join(t('assessment.listSeparator')),
                    })
                  : t('assessment.noEvidenceYet')}{' '}
                <a href="#evidence">{t('assessment.goToEvidence')}</a>
              </p>
            ) : (
              <div className="choice-grid">
                {fitting.map((item) => (
                  <label key={item.id} className="choice">
                    <input
                      type="checkbox"
                      data-testid="evidence-option"
                      data-evidence-kind={item.kind}
                      checked={draft.evidenceIds.includes(item.id)}
                      onChange={(event) => toggleEvidence(item.id, event.target.checked)}
                    />
                    <span>
                      {item.title}
                      <span className="cell-sub">{describeEvidenceKind(item.kind, t)}</span>
                    </span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor={fieldId('note')}>
              {t('assessment.note')} <span className="optional">{t('common.optional')}</span>
            </label>
            <textarea
              id={fieldId('note')}
              rows={2}
              maxLength={4000}
              value={draft.note}
              readOnly={readOnly}
              data-testid="answer-note"
              onChange={(event) => update({ note: event.target.value })}
            />
          </div>
        </div>
      )}

      {draft.kind === 'explains' && (
        <div className="answer-fields">
          <div className="field">
            <label htmlFor={fieldId('rationale')}>{t('assessment.rationale')}</label>
            <textarea
              id={fieldId('rationale')}
              rows={3}
              maxLength={4000}
              value={draft.rationale}
              readOnly={readOnly}
              data-testid="answer-rationale"
              onChange={(event) => update({ rationale: event.target.value })}
            />
            <p className="field-hint">{t('assessment.rationaleHint')}</p>
          </div>
          <div className="field">
            <label htmlFor={fieldId('compensating')}>{t('assessment.compensatingMeasure')}</label>
            <textarea
              id={fieldId('compensating')}
              rows={3}
              maxLength={4000}
              value={draft.compensatingMeasure}
              readOnly={readOnly}
              data-testid="answer-compensating"
              onChange={(event) => update({ compensatingMeasure: event.target.value })}
            />
          </div>
        </div>
      )}

      {draft.kind === 'not_applicable' && (
        <div className="answer-fields">
          <div className="field">
            <label htmlFor={fieldId('reason')}>{t('assessment.notApplicableReason')}</label>
            <textarea
              id={fieldId('reason')}
              rows={2}
              maxLength={4000}
              value={draft.reason}
              readOnly={readOnly}
              data-testid="answer-reason"
              onChange={(event) => update({ reason: event.target.value })}
            />
          </div>
        </div>
      )}

      {draft.kind === 'gap' && (
        <div className="answer-fields">
          <div className="field">
            <label htmlFor={fieldId('remediation')}>{t('assessment.remediation')}</label>
            <textarea
              id={fieldId('remediation')}
              rows={2}
              maxLength={4000}
              value={draft.remediation}
              readOnly={readOnly}
              data-testid="answer-remediation"
              onChange={(event) => update({ remediation: event.target.value })}
            />
            <p className="field-hint">{t('assessment.remediationHint')}</p>
          </div>
          <div className="field-row">
            <fieldset className="owner-choice" disabled={readOnly}>
              <legend>{t('assessment.remediationOwner')}</legend>
              <div className="segmented">
                {(['me', 'other'] as const).map((mode) => (
                  <label key={mode} className="segmented-option">
                    <input
                      type="radio"
                      name={fieldId('owner')}
                      checked={draft.ownerMode === mode}
                      data-testid={`owner-${mode}`}
                      onChange={() => update({ ownerMode: mode })}
                    />
                    <span>{mode === 'me' ? t('assessment.ownerMe') : t('assessment.ownerOther')}</span>
                  </label>
                ))}
              </div>
              {draft.ownerMode === 'other' && (
                <div className="field">
                  <label htmlFor={fieldId('owner-id')} className="visually-hidden">
                    {t('assessment.ownerId')}
                  </label>
                  <input
                    id={fieldId('owner-id')}
                    data-testid="owner-id"
                    placeholder={t('assessment.ownerIdPlaceholder')}
                    value={draft.ownerId}
                    readOnly={readOnly}
                    spellCheck={false}
                    onChange={(event) => update({ ownerId: event.target.value })}
                  />
                  <p className="field-hint">{t('assessment.ownerIdHint')}</p>
                </div>
              )}
            </fieldset>
            <div className="field">
              <label htmlFor={fieldId('due')}>{t('assessment.dueDate')}</label>
              <input
                id={fieldId('due')}
                type="date"
                min={readOnly ? undefined : readToday()}
                value={draft.dueDate}
                readOnly={readOnly}
                data-testid="answer-due-date"
                onChange={(event) => update({ dueDate: event.target.value })}
              />
              {readOnly && draft.dueDate && <p className="field-hint">{formatCalendarDate(draft.dueDate)}</p>}
            </div>
          </div>
        </div>
      )}

      {hasProblem && (
        <div className="requirement-problems" role="alert" data-testid="requirement-error">
          {props.localProblem && <p className="field-error">{t(`assessment.draftProblem.${props.localProblem}`)}</p>}
          {problems.map((message) => (
            <p key={message} className="field-error">
              {message}
            </p>
          ))}
        </div>
      )}
    </article>
  );
});
