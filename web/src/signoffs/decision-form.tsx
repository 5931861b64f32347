import { KizunaApiError } from '@kizuna/client/session';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { findFieldProblem, readFieldProblems } from '../api/field-problems.js';
import { readToday } from '../assessments/answer-draft.js';
import { DECISION_LIST, type Decision, type LiveState, type PendingSignOff } from '../governance/governance.js';
import { ProblemBanner, resolveProblemText } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';

interface ConditionDraft {
  key: string;
  text: string;
  ownerMode: 'me' | 'other';
  ownerId: string;
  dueDate: string;
}

interface DecisionFormProps {
  pending: PendingSignOff;
  onDecided: (live: LiveState) => void;
  onReload: () => void;
}

type Problems = Partial<Record<'decision' | 'conditions' | 'comment' | 'attestation' | 'password', string>> & {
  conditionRows?: Record<string, string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The decision itself: approve, approve with conditions, or reject; attested and re-authenticated. */
export function DecisionForm({ pending, onDecided, onReload }: DecisionFormProps) {
  const { t } = useTranslation();
  const { slug, user } = useTenant();
  const idPrefix = useId();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [conditions, setConditions] = useState<ConditionDraft[]>([]);
  const [comment, setComment] = useState('');
  const [attested, setAttested] = useState(false);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  // The result replaces the form as soon as the server agrees, before the inbox and the header refresh.
  const decide = useApiMutation('decideSignOff', {
    onSuccess: ({ data }) => {
      setPassword('');
      onDecided(data);
    },
  });
  const submitting = decide.isPending || decide.isSuccess;
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The signer accepts exactly this text, and exactly this text is stored with the decision.
  const attestation = t('signoff.attestationText', { system: pending.systemName, hash: pending.snapshotHash });

  function chooseDecision(next: Decision) {
    setDecision(next);
    if (next === 'approve_with_conditions' && conditions.length === 0) addCondition();
  }

  function addCondition() {
    setConditions((previous) => [
      ...previous,
      { key: crypto.randomUUID(), text: '', ownerMode: 'me', ownerId: '', dueDate: '' },
    ]);
  }

  function updateCondition(key: string, changes: Partial<ConditionDraft>) {
    setConditions((previous) => previous.map((row) => (row.key === key ? { ...row, ...changes } : row)));
  }

  function validate(): Problems {
    const found: Problems = {};
    if (!decision) found.decision = t('signoff.form.decisionRequired');
    if (decision === 'approve_with_conditions') {
      if (conditions.length === 0) found.conditions = t('signoff.form.conditionsRequired');
      const rows: Record<string, string> = {};
      for (const row of conditions) {
        if (!row.text.trim()) rows[row.key] = t('signoff.form.conditionTextRequired');
        else if (row.ownerMode === 'other' && !UUID.test(row.ownerId.trim()))
          rows[row.key] = t('signoff.form.conditionOwnerInvalid');
        else if (!row.dueDate) rows[row.key] = t('signoff.form.conditionDueRequired');
      }
      if (Object.keys(rows).length > 0) found.conditionRows = rows;
    }
    if (decision === 'reject' && !comment.trim()) found.comment = t('signoff.form.commentRequired');
    if (!attested) found.attestation = t('signoff.form.attestationRequired');
    if (!password) found.password = t('signoff.form.passwordRequired');
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    if (Object.keys(found).length > 0 || !decision) return;
    setError(null);
    const request = {
      assessmentId: pending.assessmentId,
      decision,
      snapshotHash: pending.snapshotHash,
      attestation,
      conditions:
        decision === 'approve_with_conditions'
          ? conditions.map((row) => ({
              text: row.text.trim(),
              ownerId: row.ownerMode === 'me' ? user.id : row.ownerId.trim(),
              dueDate: row.dueDate,
            }))
          : [],
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      password,
    };
    const body = JSON.stringify(request);
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    try {
      const input = { params: { tenant: slug, id: pending.systemId }, body: request };
      await decide.mutateAsync({ ...input, idempotencyKey: attempt.current.key });
    } catch (caught) {
      if (caught instanceof KizunaApiError && caught.problem.code === 'FRESH_AUTH_REQUIRED') {
        // Wrong password: say so at the field, clear it, and keep everything else the signer entered.
        setPassword('');
        setProblems({ password: t('signoff.form.passwordWrong') });
        passwordRef.current?.focus();
        return;
      }
      setError(caught);
    }
  }

  const fieldId = (name: string) => `${idPrefix}-${name}`;
  const serverErrors = readFieldProblems(error);
  const code = error instanceof KizunaApiError ? error.problem.code : undefined;

  return (
    <form
      className="card card-padded decision-form"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="decision-form"
      aria-labelledby={fieldId('title')}
    >
      <h2 className="section-title" id={fieldId('title')}>
        {t('signoff.form.title')}
      </h2>

      <fieldset className="decision-choice">
        <legend>{t('signoff.form.decision')}</legend>
        {DECISION_LIST.map((option) => (
          <label key={option} className={`choice decision-option decision-option-${option}`}>
            <input
              type="radio"
              name={fieldId('decision')}
              checked={decision === option}
              data-testid={`decision-${option}`}
              onChange={() => chooseDecision(option)}
            />
            <span>
              <strong>{t(`decision.${option}`)}</strong>
              <span className="cell-sub">{t(`signoff.form.decisionHint.${option}`)}</span>
            </span>
          </label>
        ))}
        {problems.decision && <p className="field-error">{problems.decision}</p>}
      </fieldset>

      {decision === 'approve_with_conditions' && (
        <fieldset className="conditions-editor" data-testid="conditions-editor">
          <legend>{t('signoff.form.conditions')}</legend>
          {conditions.map((row, index) => (
            <div key={row.key} className="condition-row" data-testid="condition-row">
              <div className="field">
                <label htmlFor={fieldId(`c-${row.key}-text`)}>
                  {t('signoff.form.conditionText', { number: index + 1 })}
                </label>
                <textarea
                  id={fieldId(`c-${row.key}-text`)}
                  rows={2}
                  maxLength={2000}
                  value={row.text}
                  data-testid="condition-text"
                  onChange={(event) => updateCondition(row.key, { text: event.target.value })}
                />
              </div>
              <div className="field-row">
                <fieldset className="owner-choice">
                  <legend>{t('signoff.form.conditionOwner')}</legend>
                  <div className="segmented">
                    {(['me', 'other'] as const).map((mode) => (
                      <label key={mode} className="segmented-option">
                        <input
                          type="radio"
                          name={fieldId(`c-${row.key}-owner`)}
                          checked={row.ownerMode === mode}
                          onChange={() => updateCondition(row.key, { ownerMode: mode })}
                        />
                        <span>{mode === 'me' ? t('assessment.ownerMe') : t('assessment.ownerOther')}</span>
                      </label>
                    ))}
                  </div>
                  {row.ownerMode === 'other' && (
                    <input
                      aria-label={t('assessment.ownerId')}
                      className="text-input"
                      placeholder={t('assessment.ownerIdPlaceholder')}
                      value={row.ownerId}
                      spellCheck={false}
                      onChange={(event) => updateCondition(row.key, { ownerId: event.target.value })}
                    />
                  )}
                </fieldset>
                <div className="field">
                  <label htmlFor={fieldId(`c-${row.key}-due`)}>{t('assessment.dueDate')}</label>
                  <input
                    id={fieldId(`c-${row.key}-due`)}
                    type="date"
                    min={readToday()}
                    value={row.dueDate}
                    data-testid="condition-due"
                    onChange={(event) => updateCondition(row.key, { dueDate: event.target.value })}
                  />
                </div>
              </div>
              {problems.conditionRows?.[row.key] && <p className="field-error">{problems.conditionRows[row.key]}</p>}
              {findFieldProblem(serverErrors, `conditions.${index}`) && (
                <p className="field-error">{findFieldProblem(serverErrors, `conditions.${index}`)}</p>
              )}
              <button
                type="button"
                className="button button-secondary button-compact"
                onClick={() => setConditions((previous) => previous.filter((other) => other.key !== row.key))}
              >
                {t('signoff.form.removeCondition')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-secondary button-compact"
            data-testid="add-condition"
            disabled={conditions.length >= 20}
            onClick={addCondition}
          >
            {t('signoff.form.addCondition')}
          </button>
          {problems.conditions && <p className="field-error">{problems.conditions}</p>}
        </fieldset>
      )}

      <div className="field">
        <label htmlFor={fieldId('comment')}>
          {t('signoff.form.comment')}{' '}
          {decision !== 'reject' && <span className="optional">{t('common.optional')}</span>}
        </label>
        <textarea
          id={fieldId('comment')}
          rows={3}
          maxLength={4000}
          value={comment}
          data-testid="signoff-comment"
          aria-invalid={Boolean(problems.comment) || undefined}
          onChange={(event) => setComment(event.target.value)}
        />
        {decision === 'reject' && <p className="field-hint">{t('signoff.form.rejectHint')}</p>}
        {problems.comment && <p className="field-error">{problems.comment}</p>}
      </div>

      <div className="attestation-box">
        <p className="attestation-text" data-testid="attestation-text">
          {attestation}
        </p>
        <label className="attestation-accept">
          <input
            type="checkbox"
            checked={attested}
            data-testid="attestation-checkbox"
            onChange={(event) => setAttested(event.target.checked)}
          />
          <span>{t('signoff.form.attestationAccept')}</span>
        </label>
        {problems.attestation && <p className="field-error">{problems.attestation}</p>}
      </div>

      <div className="field">
        <label htmlFor={fieldId('password')}>{t('signoff.form.password')}</label>
        <input
          id={fieldId('password')}
          ref={passwordRef}
          type="password"
          autoComplete="current-password"
          value={password}
          data-testid="signoff-password"
          aria-invalid={Boolean(problems.password) || undefined}
          aria-describedby={fieldId('password-hint')}
          onChange={(event) => {
            setPassword(event.target.value);
            setProblems(({ password: _stale, ...rest }) => rest);
          }}
        />
        <p className="field-hint" id={fieldId('password-hint')}>
          {t('signoff.form.passwordHint')}
        </p>
        {problems.password && (
          <p className="field-error" data-testid="signoff-password-error">
            {problems.password}
          </p>
        )}
      </div>

      {error !== null && (
        <ProblemBanner
          error={error}
          testId="signoff-error"
          reveal
          message={describeDecisionError(error, t)}
          action={
            code === 'STALE_SNAPSHOT' ? (
              <button type="button" className="button button-small" onClick={onReload}>
                {t('common.reload')}
              </button>
            ) : undefined
          }
        />
      )}

      <button
        type="submit"
        className="button button-primary button-block"
        data-testid="signoff-submit"
        disabled={submitting}
      >
        {submitting ? t('signoff.form.submitting') : t('signoff.form.submit')}
      </button>
    </form>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

// The refusals a signer can meet, in words that say what happened and what to do next.
function describeDecisionError(error: unknown, t: Translate): string {
  if (!(error instanceof KizunaApiError)) return resolveProblemText(error, t);
  switch (error.problem.code) {
    case 'STALE_SNAPSHOT':
      return t('signoff.error.stale');
    case 'ALREADY_DECIDED':
      return t('signoff.error.alreadyDecided');
    case 'SEGREGATION_OF_DUTIES':
      return t('signoff.error.segregation');
    case 'FORBIDDEN':
      return t('signoff.error.forbidden');
    case 'CONFLICT':
      return t('signoff.error.notAwaiting');
    case 'VALIDATION_FAILED':
      return t('signoff.error.invalid');
    default:
      return resolveProblemText(error, t);
  }
}
