import { KizunaApiError } from '@kizuna/client/session';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { describeEvidenceKind } from '../governance/governance-labels.js';
import {
  EVIDENCE_KIND_LIST,
  MAX_EVIDENCE_BYTES,
  type EvidenceInput,
  type EvidenceKind,
} from '../governance/governance.js';
import { ProblemBanner } from '../shell/problem-banner.js';
import { useTenant } from '../shell/tenant-context.js';

type Source = 'url' | 'file';

/** Adds one evidence record: a link, or a file sent as base64 in the JSON body (checked against 5 MiB first). */
export function EvidenceUploadForm({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const idPrefix = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<EvidenceKind>('model_card');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<Source>('url');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Partial<Record<'title' | 'url' | 'file', string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addEvidence = useApiMutation('addEvidence');
  // Same body, same key: a retry after a lost answer records the evidence once.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const fileTooLarge = file !== null && file.size > MAX_EVIDENCE_BYTES;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof problems = {};
    if (!title.trim()) found.title = t('evidence.titleRequired');
    if (source === 'url' && !isHttpUrl(url.trim())) found.url = t('evidence.urlInvalid');
    if (source === 'file' && !file) found.file = t('evidence.fileRequired');
    if (source === 'file' && fileTooLarge) found.file = t('evidence.fileTooLarge', { size: formatBytes(file.size) });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setUploading(true);
    setError(null);
    setAdded(null);
    try {
      const input: EvidenceInput =
        source === 'url' || !file
          ? { kind, title: title.trim(), url: url.trim() }
          : {
              kind,
              title: title.trim(),
              file: {
                name: file.name.slice(0, 255),
                contentType: readContentType(file),
                dataBase64: await readBase64(file),
              },
            };
      const body = JSON.stringify(input);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      // Settles once the list above shows the new record.
      const { data: created } = await addEvidence.mutateAsync({
        params: { tenant: slug, id: systemId },
        body: input,
        idempotencyKey: attempt.current.key,
      });
      setAdded(created.title);
      setTitle('');
      setUrl('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
    }
  }

  const fieldId = (name: string) => `${idPrefix}-${name}`;
  // A 413 can come from the API's own 5 MiB rule or from its request-size limit; both mean "too big".
  const tooLargeOnServer = error instanceof KizunaApiError && error.status === 413;

  return (
    <form
      className="evidence-form"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="evidence-form"
    >
      <h3 className="subsection-title">{t('evidence.addTitle')}</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('kind')}>{t('evidence.kind')}</label>
          <select
            id={fieldId('kind')}
            data-testid="evidence-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as EvidenceKind)}
          >
            {EVIDENCE_KIND_LIST.map((option) => (
              <option key={option} value={option}>
                {describeEvidenceKind(option, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('title')}>{t('evidence.recordTitle')}</label>
          <input
            id={fieldId('title')}
            data-testid="evidence-title"
            value={title}
            maxLength={300}
            aria-invalid={Boolean(problems.title) || undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {problems.title && <p className="field-error">{problems.title}</p>}
        </div>
      </div>
      <fieldset className="source-choice">
        <legend className="visually-hidden">{t('evidence.source')}</legend>
        <div className="segmented">
          {(['url', 'file'] as const).map((option) => (
            <label key={option} className="segmented-option">
              <input
                type="radio"
                name={fieldId('source')}
                checked={source === option}
                data-testid={`evidence-source-${option}`}
                onChange={() => setSource(option)}
              />
              <span>{option === 'url' ? t('evidence.sourceUrl') : t('evidence.sourceFile')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {source === 'url' ? (
        <div className="field">
          <label htmlFor={fieldId('url')}>{t('evidence.url')}</label>
          <input
            id={fieldId('url')}
            data-testid="evidence-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            maxLength={2000}
            aria-invalid={Boolean(problems.url) || undefined}
            onChange={(event) => setUrl(event.target.value)}
          />
          {problems.url && <p className="field-error">{problems.url}</p>}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={fieldId('file')}>{t('evidence.file')}</label>
          <input
            id={fieldId('file')}
            ref={fileInput}
            data-testid="evidence-file"
            type="file"
            aria-invalid={Boolean(problems.file) || fileTooLarge || undefined}
            aria-describedby={fieldId('file-hint')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <p className="field-hint" id={fieldId('file-hint')}>
            {t('evidence.fileLimit', { limit: formatBytes(MAX_EVIDENCE_BYTES) })}
            {file && !fileTooLarge && ` · ${file.name} (${formatBytes(file.size)})`}
          </p>
          {fileTooLarge && !problems.file && (
            <p className="field-error" data-testid="evidence-file-too-large">
              {t('evidence.fileTooLarge', { size: formatBytes(file.size) })}
            </p>
          )}
          {problems.file && <p className="field-error">{problems.file}</p>}
        </div>
      )}
      {error !== null && (
        <ProblemBanner
          error={error}
          testId="evidence-error"
          message={tooLargeOnServer ? t('evidence.rejectedTooLarge') : undefined}
        />
      )}
      {added && (
        <p className="inline-success" role="status" data-testid="evidence-added">
          {t('evidence.added', { title: added })}
        </p>
      )}
      <div className="form-actions form-actions-start">
        <button
          type="submit"
          className="button button-secondary"
          data-testid="evidence-upload"
          disabled={uploading || (source === 'file' && fileTooLarge)}
        >
          {uploading ? t('evidence.uploading') : t('evidence.upload')}
        </button>
      </div>
    </form>
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

// The API accepts "type/subtype" only; files the browser cannot classify go as generic bytes.
function readContentType(file: File): string {
  return /^[\w.+-]+\/[\w.+-]+$/.test(file.type) ? file.type : 'application/octet-stream';
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : '';
      // A data URL is "data:<type>;base64,<data>"; the API wants the data alone.
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
