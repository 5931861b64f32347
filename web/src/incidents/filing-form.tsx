import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { describeField, FormField } from './form-field.js';
import { FILING_CHANNELS, type FilingChannel, type RegulatoryClock } from './incident.js';
import { fromLocalInput, toLocalInput } from './incident-form-values.js';

/** The body of `POST …/incidents/{id}/filings`, as the filings API takes it. */
export interface FilingInput {
  clockKind: RegulatoryClock['kind'];
  filedAt?: string;
  channel: FilingChannel;
  reference?: string;
  note?: string;
  documentUrl?: string;
}

interface FilingFormProps {
  clock: RegulatoryClock;
  submitting: boolean;
  errors?: FieldProblem[];
  onSubmit: (input: FilingInput) => void;
}

/** Records that a report or notice was sent: when, how, the regulator's reference and the document. */
export function FilingForm({ clock, submitting, errors = [], onSubmit }: FilingFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [open, setOpen] = useState(false);
  const [filedAt, setFiledAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [channel, setChannel] = useState<FilingChannel>('ppc_online_form');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const id = (field: string) => `${idPrefix}-${field}`;

  if (!open) {
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        data-testid="file-clock"
        data-kind={clock.kind}
        onClick={() => setOpen(true)}
      >
        {t('incidents.filing.open')}
      </button>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = fromLocalInput(filedAt);
    onSubmit({
      clockKind: clock.kind,
      channel,
      ...(at ? { filedAt: at } : {}),
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(documentUrl.trim() ? { documentUrl: documentUrl.trim() } : {}),
    });
  }

  return (
    <form className="inline-form filing-form" onSubmit={handleSubmit} noValidate data-testid="filing-form">
      <FormField id={id('filedAt')} field="filedAt" label={t('incidents.filing.filedAt')} errors={errors}>
        <input
          id={id('filedAt')}
          type="datetime-local"
          data-testid="filing-filed-at"
          value={filedAt}
          aria-describedby={describeField(id('filedAt'), 'filedAt', errors)}
          onChange={(event) => setFiledAt(event.target.value)}
        />
      </FormField>
      <FormField id={id('channel')} field="channel" label={t('incidents.filing.channel')} errors={errors}>
        <select
          id={id('channel')}
          data-testid="filing-channel"
          value={channel}
          onChange={(event) => setChannel(event.target.value as FilingChannel)}
        >
          {FILING_CHANNELS.map((value) => (
            <option key={value} value={value}>
              {t(`incidents.channel.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={id('reference')} field="reference" label={t('incidents.filing.reference')} errors={errors}>
        <input
          id={id('reference')}
          data-testid="filing-reference"
          value={reference}
          maxLength={200}
          onChange={(event) => setReference(event.target.value)}
        />
      </FormField>
      <FormField
        id={id('documentUrl')}
        field="documentUrl"
        label={t('incidents.filing.documentUrl')}
        hint={t('incidents.filing.documentUrlHint')}
        errors={errors}
      >
        <input
          id={id('documentUrl')}
          type="url"
          data-testid="filing-document-url"
          value={documentUrl}
          onChange={(event) => setDocumentUrl(event.target.value)}
        />
      </FormField>
      <FormField id={id('note')} field="note" label={t('incidents.filing.note')} errors={errors}>
        <textarea
          id={id('note')}
          rows={2}
          data-testid="filing-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </FormField>
      <div className="form-actions form-actions-start">
        <button
          type="submit"
          className="button button-primary button-small"
          data-testid="filing-submit"
          disabled={submitting}
        >
          {submitting ? t('common.saving') : t('incidents.filing.submit')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
