import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { readFieldProblems } from '../api/field-problems.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { FilingForm, type FilingInput } from './filing-form.js';
import type { IncidentFiling, RegulatoryClock } from './incident.js';

interface ClockFilingProps {
  tenant: string;
  incidentId: string;
  clock: RegulatoryClock;
  filings: readonly IncidentFiling[];
  canFile: boolean;
}

/** Under each clock: the filing that stopped it, or (for who may) the form that records one. */
export function ClockFiling({ tenant, incidentId, clock, filings, canFile }: ClockFilingProps) {
  const { t } = useTranslation();
  const create = useApiMutation('createIncidentFiling');
  // A retry of the same filing keeps its key, so a lost answer never records it twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  if (clock.status === 'filed') {
    const filing = filings.find((candidate) => candidate.id === clock.filingId);
    if (!filing) return null;
    return (
      <div className="filing-summary" data-testid="clock-filing">
        <p className="small">
          {t('incidents.filing.filedBy', {
            at: formatDateTime(filing.filedAt),
            channel: t(`incidents.channel.${filing.channel}`),
          })}
        </p>
        {filing.reference && (
          <p className="small">{t('incidents.filing.referenceLabel', { reference: filing.reference })}</p>
        )}
        {filing.documentUrl && (
          <a href={filing.documentUrl} target="_blank" rel="noreferrer noopener" className="small">
            {t('incidents.filing.documentLink')}
          </a>
        )}
        {filing.note && <p className="prose small">{filing.note}</p>}
      </div>
    );
  }
  if (!canFile) return null;

  function submit(input: FilingInput) {
    const text = JSON.stringify(input);
    if (attempt.current?.body !== text) attempt.current = { body: text, key: crypto.randomUUID() };
    create.mutate({ params: { tenant, id: incidentId }, body: input, idempotencyKey: attempt.current.key });
  }

  const fieldErrors = readFieldProblems(create.error);
  return (
    <>
      {create.error && !fieldErrors && <ProblemBanner error={create.error} testId="filing-error" />}
      <FilingForm clock={clock} submitting={create.isPending} errors={fieldErrors} onSubmit={submit} />
    </>
  );
}
