import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';
import { pickLocalized } from './governance-labels.js';
import { ROLE_QUESTIONS, type RoleDetermination, type RoleQuestionnaire } from './governance.js';

interface RoleDeterminationCardProps {
  system: AiSystem;
  determination: RoleDetermination | null;
  canEdit: boolean;
  /** An assessment cycle is open: its requirements were fixed when it opened, so a change applies next cycle. */
  cycleOpen: boolean;
}

type Answers = Record<keyof RoleQuestionnaire, boolean | null>;

/** The roles a system holds with the reason for each, and the three-question form that determines them. */
export function RoleDeterminationCard(props: RoleDeterminationCardProps) {
  const { system, determination, canEdit, cycleOpen } = props;
  const { t } = useTranslation();
  const { user } = useTenant();
  const [editing, setEditing] = useState(false);
  const showForm = canEdit && (editing || determination === null);

  return (
    <section className="card card-padded" aria-labelledby="roles-card-title" data-testid="roles-card">
      <div className="card-header">
        <h2 className="section-title" id="roles-card-title">
          {t('roles.title')}
        </h2>
        {canEdit && determination && !editing && (
          <button
            type="button"
            className="button button-secondary button-compact"
            data-testid="change-roles"
            onClick={() => setEditing(true)}
          >
            {t('roles.change')}
          </button>
        )}
      </div>

      {determination && !editing && (
        <div data-testid="role-determination">
          <ul className="reason-list">
            {determination.reasons.map((reason) => (
              <li key={reason.role}>
                <span className="chip chip-role" data-testid="determined-role">
                  {t(`role.${reason.role}`)}
                </span>
                <span className="reason-text">{pickLocalized(reason.reason)}</span>
              </li>
            ))}
          </ul>
          <p className="muted small">
            {t('roles.determinedBy')} <ReferenceLabel id={determination.determinedBy} selfId={user.id} />
            {' · '}
            {formatDateTime(determination.determinedAt)}
          </p>
        </div>
      )}

      {!determination && !showForm && (
        <p className="muted">{system.roles.length > 0 ? t('roles.declaredOnly') : t('roles.notDetermined')}</p>
      )}

      {showForm && cycleOpen && <p className="field-hint">{t('roles.nextCycleHint')}</p>}
      {showForm && (
        <RoleQuestionnaireForm
          systemId={system.id}
          initial={determination?.answers ?? null}
          onCancel={determination ? () => setEditing(false) : undefined}
          onDetermined={() => setEditing(false)}
        />
      )}
    </section>
  );
}

interface RoleQuestionnaireFormProps {
  systemId: string;
  initial: RoleQuestionnaire | null;
  onCancel?: () => void;
  onDetermined: () => void;
}

function RoleQuestionnaireForm({ systemId, initial, onCancel, onDetermined }: RoleQuestionnaireFormProps) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const idPrefix = useId();
  const [answers, setAnswers] = useState<Answers>(
    () => initial ?? { trainsOrFineTunes: null, offersToOthers: null, usesInOwnOperations: null },
  );
  const [localError, setLocalError] = useState<string | null>(null);
  const determine = useApiMutation('determineRoles');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ROLE_QUESTIONS.some((question) => answers[question] === null)) {
      setLocalError(t('roles.answerAll'));
      return;
    }
    // The API refuses this too; saying so here saves a round trip and reads better.
    if (!ROLE_QUESTIONS.some((question) => answers[question])) {
      setLocalError(t('roles.atLeastOneYes'));
      return;
    }
    setLocalError(null);
    try {
      await determine.mutateAsync({
        params: { tenant: slug, id: systemId },
        body: {
          trainsOrFineTunes: answers.trainsOrFineTunes === true,
          offersToOthers: answers.offersToOthers === true,
          usesInOwnOperations: answers.usesInOwnOperations === true,
        },
      });
      onDetermined();
    } catch {
      // Shown from determine.error below the questions.
    }
  }

  return (
    <form className="questionnaire" onSubmit={(event) => void handleSubmit(event)} data-testid="role-questionnaire">
      <p className="field-hint">{t('roles.intro')}</p>
      {ROLE_QUESTIONS.map((question) => (
        <fieldset key={question} className="question" data-testid={`role-question-${question}`}>
          <legend>{t(`roles.question.${question}`)}</legend>
          <div className="segmented">
            {([true, false] as const).map((value) => (
              <label key={String(value)} className="segmented-option">
                <input
                  type="radio"
                  name={`${idPrefix}-${question}`}
                  checked={answers[question] === value}
                  data-testid={`role-${question}-${value ? 'yes' : 'no'}`}
                  onChange={() => setAnswers((previous) => ({ ...previous, [question]: value }))}
                />
                <span>{value ? t('common.answerYes') : t('common.answerNo')}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {localError && (
        <p className="field-error" role="alert">
          {localError}
        </p>
      )}
      {determine.error && <ProblemBanner error={determine.error} />}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button-primary"
          data-testid="role-submit"
          disabled={determine.isPending}
        >
          {determine.isPending ? t('roles.submitting') : t('roles.submit')}
        </button>
      </div>
    </form>
  );
}
