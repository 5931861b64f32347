import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { describeEvidenceKind, pickLocalized, useFrameworkNames } from '../governance/governance-labels.js';
import type { AnswerInput, Assessment, Evidence } from '../governance/governance.js';
import { formatCalendarDate } from '../i18n/format-date-time.js';
import { useTenant } from '../shell/tenant-context.js';

interface AssessmentAnswersProps {
  assessment: Assessment;
  evidence: Evidence[];
}

/** The submitted answers, read-only and grouped by framework, as the signer reviews them. */
export function AssessmentAnswers({ assessment, evidence }: AssessmentAnswersProps) {
  const { t } = useTranslation();
  const frameworkNames = useFrameworkNames();
  const evidenceById = new Map(evidence.map((item) => [item.id, item]));
  const counts = countAnswers(assessment);
  const groups = new Map<string, Assessment['requirements']>();
  for (const requirement of assessment.requirements) {
    groups.set(requirement.frameworkId, [...(groups.get(requirement.frameworkId) ?? []), requirement]);
  }

  return (
    <div className="answers-review" data-testid="assessment-answers">
      <ul className="answer-counts">
        {(['complies', 'explains', 'not_applicable', 'gap'] as const).map((kind) => (
          <li key={kind} className={`answer-count answer-count-${kind}`}>
            <strong>{counts[kind]}</strong> {t(`answerKind.${kind}`)}
          </li>
        ))}
      </ul>
      {[...groups].map(([frameworkId, requirements]) => {
        const name = frameworkNames.get(frameworkId);
        return (
          <details key={frameworkId} className="answer-group" open>
            <summary>
              <span className="answer-group-name">{name ? pickLocalized(name) : frameworkId}</span>
              <span className="muted small">{t('signoff.requirementCount', { count: requirements.length })}</span>
            </summary>
            <ul className="answer-review-list">
              {requirements.map((requirement) => (
                <li key={requirement.requirementId} className="answer-review-item" data-testid="answer-review">
                  <div className="answer-review-head">
                    <code className="requirement-id">{requirement.requirementId}</code>
                    <span className="answer-review-title">{pickLocalized(requirement.title)}</span>
                    {requirement.answer ? (
                      <span className={`answer-tag answer-tag-${requirement.answer.answer}`}>
                        {t(`answerKind.${requirement.answer.answer}`)}
                      </span>
                    ) : (
                      <span className="answer-tag">{t('assessment.state.open')}</span>
                    )}
                  </div>
                  {requirement.answer && <AnswerDetail answer={requirement.answer} evidenceById={evidenceById} />}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function AnswerDetail({ answer, evidenceById }: { answer: AnswerInput; evidenceById: Map<string, Evidence> }) {
  const { t } = useTranslation();
  const { user } = useTenant();
  switch (answer.answer) {
    case 'complies':
      return (
        <div className="answer-detail">
          {answer.evidenceIds.length > 0 && (
            <p>
              <span className="muted">{t('signoff.evidence')}: </span>
              {answer.evidenceIds.map((id, index) => {
                const item = evidenceById.get(id);
                return (
                  <span key={id}>
                    {index > 0 && t('assessment.listSeparator')}
                    {item ? `${item.title} (${describeEvidenceKind(item.kind, t)})` : id}
                  </span>
                );
              })}
            </p>
          )}
          {answer.note && <p className="prose">{answer.note}</p>}
        </div>
      );
    case 'explains':
      return (
        <div className="answer-detail">
          <p className="prose">
            <span className="muted">{t('assessment.rationale')}: </span>
            {answer.rationale}
          </p>
          <p className="prose">
            <span className="muted">{t('assessment.compensatingMeasure')}: </span>
            {answer.compensatingMeasure}
          </p>
        </div>
      );
    case 'not_applicable':
      return (
        <div className="answer-detail">
          <p className="prose">
            <span className="muted">{t('assessment.notApplicableReason')}: </span>
            {answer.reason}
          </p>
        </div>
      );
    case 'gap':
      return (
        <div className="answer-detail">
          <p className="prose">
            <span className="muted">{t('assessment.remediation')}: </span>
            {answer.remediation}
          </p>
          <p className="muted small">
            {t('assessment.remediationOwner')}: <ReferenceLabel id={answer.ownerId} selfId={user.id} /> ·{' '}
            {t('assessment.dueDate')}: {formatCalendarDate(answer.dueDate)}
          </p>
        </div>
      );
  }
}

function countAnswers(assessment: Assessment): Record<AnswerInput['answer'], number> {
  const counts = { complies: 0, explains: 0, not_applicable: 0, gap: 0 };
  for (const requirement of assessment.requirements) {
    if (requirement.answer) counts[requirement.answer.answer] += 1;
  }
  return counts;
}
