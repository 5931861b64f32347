import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format-date-time.js';
import { describeEvidenceKind } from '../governance/governance-labels.js';
import type { Evidence } from '../governance/governance.js';
import { EvidenceUploadForm, formatBytes } from './evidence-upload-form.js';

interface EvidencePanelProps {
  systemId: string;
  evidence: Evidence[];
  canAdd: boolean;
  /** Tier-level problems from a refused submission, keyed by evidence kind. */
  problems: Map<string, string[]>;
}

/** The system's evidence records and the upload form (a link, or a file sent as base64 in the JSON body). */
export function EvidencePanel({ systemId, evidence, canAdd, problems }: EvidencePanelProps) {
  const { t } = useTranslation();
  return (
    <section className="card card-padded" id="evidence" aria-labelledby="evidence-title" data-testid="evidence-panel">
      <h2 className="section-title" id="evidence-title">
        {t('evidence.title')}
      </h2>
      <p className="field-hint">{t('evidence.hint')}</p>
      {problems.size > 0 && (
        <div className="banner banner-error" role="alert" data-testid="evidence-problems">
          <span className="banner-text">
            <ul className="banner-list banner-list-flush">
              {[...problems.values()].flat().map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </span>
        </div>
      )}
      {evidence.length === 0 ? (
        <p className="muted small" data-testid="evidence-empty">
          {t('evidence.empty')}
        </p>
      ) : (
        <ul className="evidence-list" data-testid="evidence-list">
          {evidence.map((item) => (
            <li key={item.id} className="evidence-item" data-testid="evidence-item" data-kind={item.kind}>
              <span className="chip">{describeEvidenceKind(item.kind, t)}</span>
              <span className="evidence-title">
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noreferrer noopener">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
              </span>
              <span className="muted small evidence-meta">
                {item.fileName && `${item.fileName} · ${formatBytes(item.sizeBytes ?? 0)} · `}
                {formatDateTime(item.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canAdd && <EvidenceUploadForm systemId={systemId} />}
    </section>
  );
}
