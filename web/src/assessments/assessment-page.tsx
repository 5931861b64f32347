import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/api-query.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath } from '../routing/router.js';
import { frameAsPage, QueryStatus } from '../shell/query-status.js';
import { MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { AssessmentEditor } from './assessment-editor.js';

/** Loads the system, the assessment and the evidence, then hands them to the questionnaire. */
export function AssessmentPage({ systemId, assessmentId }: { systemId: string; assessmentId: string }) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const params = { tenant: slug, id: systemId };
  const system = useApiQuery('getAiSystem', { params });
  const assessment = useApiQuery('getAssessment', { params: { ...params, aid: assessmentId } });
  const evidence = useApiQuery('listEvidence', { params });

  // Drafts start from the assessment as the server has it now (useApiQuery holds back older cached copies).
  if (!system.data || !assessment.data || !evidence.data) {
    return (
      <QueryStatus
        queries={[system, assessment, evidence]}
        frame={frameAsPage}
        notFound={
          <MessageView>
            <p>{t('assessment.notFound')}</p>
            <AppLink to={buildInventoryPath(slug)} className="button button-secondary">
              {t('detail.backToInventory')}
            </AppLink>
          </MessageView>
        }
      />
    );
  }
  return <AssessmentEditor system={system.data} assessment={assessment.data} evidence={evidence.data.items} />;
}
