import { asSubject } from '@kizuna/authz';
import { useTranslation } from 'react-i18next';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { useFrameworkNames } from '../governance/governance-labels.js';
import type { Assessment, Evidence } from '../governance/governance.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath, buildSystemPath } from '../routing/router.js';
import { useTenant } from '../shell/tenant-context.js';
import { AssessmentBar } from './assessment-bar.js';
import { countAnswered } from './assessment-editor-state.js';
import { AssessmentMessages } from './assessment-messages.js';
import { EvidencePanel } from './evidence-panel.js';
import { FrameworkGroup, groupByFramework } from './framework-group.js';
import { useAssessmentEditor } from './use-assessment-editor.js';

interface AssessmentEditorProps {
  system: AiSystem;
  assessment: Assessment;
  evidence: Evidence[];
}

/** The comply-or-explain questionnaire of one assessment cycle, with evidence upload, save and submit. */
export function AssessmentEditor({ system, assessment, evidence }: AssessmentEditorProps) {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const frameworkNames = useFrameworkNames();
  const editor = useAssessmentEditor({ tenant: slug, systemId: system.id, assessment, selfId: user.id });
  const { state } = editor;

  const owned = { systemOwnerId: system.ownerId ?? '' };
  const editable = assessment.status === 'in_progress' && ability.can('update', asSubject('Assessment', { ...owned }));
  const canSubmit = editable && ability.can('submit', asSubject('Assessment', { ...owned }));
  const canAddEvidence = editable && ability.can('create', asSubject('Evidence', { ...owned }));
  const toConfirm = assessment.requirements.filter(
    (r) => r.carriedForward && !r.confirmed && !state.dirty.has(r.requirementId),
  ).length;

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildInventoryPath(slug)}>{t('detail.breadcrumb')}</AppLink>
        <span aria-hidden="true">/</span>
        <AppLink to={buildSystemPath(slug, system.id)}>{system.name}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{t('assessment.breadcrumb', { cycle: assessment.cycle })}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title" data-testid="assessment-heading">
            {t('assessment.title', { name: system.name })}
          </h1>
          <div className="page-meta">
            <span className={`status-pill status-${assessment.status}`} data-testid="assessment-status">
              {t(`assessmentStatus.${assessment.status}`)}
            </span>
            <span className="muted small">
              {t(`assessmentKind.${assessment.kind}`)} · {t('assessment.cycle', { cycle: assessment.cycle })} ·{' '}
              {formatDateTime(assessment.createdAt)}
            </span>
          </div>
          <p className="page-subtitle">{editable ? t('assessment.subtitle') : t('assessment.readOnlySubtitle')}</p>
        </div>
      </div>

      <AssessmentBar
        state={state}
        answered={countAnswered(assessment.requirements, state.drafts)}
        total={assessment.requirements.length}
        toConfirm={toConfirm}
        editable={editable}
        canSubmit={canSubmit}
        onConfirmAll={() => void editor.confirmAll()}
        onSave={() => void editor.save()}
        onSubmit={() => void editor.submit()}
      />
      <AssessmentMessages state={state} summaryRef={editor.summaryRef} />
      <EvidencePanel
        systemId={system.id}
        evidence={evidence}
        canAdd={canAddEvidence}
        problems={state.problems.byEvidenceKind}
      />

      {groupByFramework(assessment.requirements).map(([frameworkId, requirements]) => (
        <FrameworkGroup
          key={frameworkId}
          frameworkId={frameworkId}
          name={frameworkNames.get(frameworkId)}
          requirements={requirements}
          state={state}
          selfId={user.id}
          readOnly={!editable}
          evidence={evidence}
          onChange={editor.change}
          onConfirm={editor.confirmOne}
        />
      ))}
    </div>
  );
}
