import { KizunaApiError } from '@kizuna/client/session';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { countProblems, type EditorState } from './assessment-editor-state.js';

type Translate = ReturnType<typeof useTranslation>['t'];

/** What the last save or submit said: incomplete drafts kept back, the refusal, and errors tied to no field. */
export function AssessmentMessages({
  state,
  summaryRef,
}: {
  state: EditorState;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const problemCount = countProblems(state);
  return (
    <div ref={summaryRef} className="assessment-messages">
      {state.notice === 'incompleteNotSaved' && (
        <div className="banner banner-info" role="status" data-testid="assessment-notice">
          <span className="banner-text">{t('assessment.incompleteNotSaved', { count: state.localProblems.size })}</span>
        </div>
      )}
      {state.actionError !== null && (
        <ProblemBanner
          error={state.actionError}
          testId="submit-errors"
          message={
            problemCount > 0
              ? t('assessment.problemsFound', { count: problemCount })
              : describeActionError(state.actionError, t)
          }
          action={
            problemCount > 0 ? (
              <button type="button" className="button button-small" onClick={revealFirstProblem}>
                {t('assessment.goToFirstProblem')}
              </button>
            ) : undefined
          }
        />
      )}
      {state.problems.other.length > 0 && <OtherProblems problems={state.problems.other} />}
    </div>
  );
}

function OtherProblems({ problems }: { problems: FieldProblem[] }) {
  return (
    <div className="banner banner-error" role="alert">
      <ul className="banner-list banner-list-flush">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            {problem.path && <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describeActionError(error: unknown, t: Translate): string | undefined {
  // A 409 here means the cycle moved on (submitted elsewhere, or superseded): the page is out of date.
  if (error instanceof KizunaApiError && error.status === 409) return t('assessment.outdated');
  return undefined;
}

function revealFirstProblem() {
  const first = document.querySelector<HTMLElement>('[data-testid="evidence-problems"], .requirement-card-problem');
  first?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
