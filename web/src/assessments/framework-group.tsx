import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../governance/governance-labels.js';
import type { Assessment, Evidence } from '../governance/governance.js';
import { toDraft, type AnswerDraft } from './answer-draft.js';
import { countAnswered, type EditorState } from './assessment-editor-state.js';
import { RequirementCard } from './requirement-card.js';

type Requirements = Assessment['requirements'];

interface FrameworkGroupProps {
  frameworkId: string;
  name: { ja: string; en: string } | undefined;
  requirements: Requirements;
  state: EditorState;
  selfId: string;
  readOnly: boolean;
  evidence: Evidence[];
  onChange: (requirementId: string, draft: AnswerDraft) => void;
  onConfirm: (requirementId: string) => void;
}

/** The requirements of one framework with their answer cards and how many are answered. */
export function FrameworkGroup(props: FrameworkGroupProps) {
  const { frameworkId, name, requirements, state, selfId } = props;
  const { t } = useTranslation();
  const done = countAnswered(requirements, state.drafts);
  return (
    <section
      className="framework-group"
      aria-labelledby={`framework-${frameworkId}`}
      data-testid="framework-group"
      data-framework={frameworkId}
    >
      <header className="framework-head">
        <h2 className="section-title" id={`framework-${frameworkId}`}>
          {name ? pickLocalized(name) : frameworkId}
        </h2>
        <span className="muted small">
          <code>{frameworkId}</code> · {t('assessment.groupProgress', { answered: done, total: requirements.length })}
        </span>
      </header>
      <div className="requirement-list">
        {requirements.map((requirement) => (
          <RequirementCard
            key={requirement.requirementId}
            requirement={requirement}
            draft={state.drafts[requirement.requirementId] ?? toDraft(null, selfId)}
            dirty={state.dirty.has(requirement.requirementId)}
            readOnly={props.readOnly}
            evidence={props.evidence}
            serverProblems={state.problems.byRequirement.get(requirement.requirementId)}
            localProblem={state.localProblems.get(requirement.requirementId) ?? null}
            confirming={state.confirming === requirement.requirementId}
            onChange={props.onChange}
            onConfirm={props.onConfirm}
          />
        ))}
      </div>
    </section>
  );
}

/** Groups by the framework ID prefix (jp-aigb, appi, c30-4 …), keeping the catalog's order. */
export function groupByFramework(requirements: Requirements): [string, Requirements][] {
  const groups = new Map<string, Requirements>();
  for (const requirement of requirements) {
    const key = requirement.frameworkId || requirement.requirementId.split(':')[0] || '';
    groups.set(key, [...(groups.get(key) ?? []), requirement]);
  }
  return [...groups];
}
