import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftItem } from './report-draft.js';

/** One item of the draft: what the Rules ask for, what the incident holds (or a marked blank), and a copy button. */
export function ReportDraftItem({ number, item }: { number: number; item: DraftItem }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    if (item.text === null) return;
    try {
      await navigator.clipboard.writeText(item.text);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (an insecure origin, a denied permission); the text stays selectable.
      setCopied('failed');
    }
  }

  return (
    <li className="report-item card card-padded" data-testid="report-item" data-item={item.item}>
      <div className="report-item-head">
        <h2 className="subsection-title">
          {number}. {t(`incidents.draft.item.${item.item}`)}
        </h2>
        {item.text !== null && (
          <button
            type="button"
            className="button button-secondary button-small no-print"
            data-testid="report-item-copy"
            onClick={() => void copy()}
          >
            {copied === 'yes' ? t('incidents.draft.copied') : t('incidents.draft.copy')}
          </button>
        )}
      </div>
      {item.text === null ? (
        <p className="report-blank" data-testid="report-item-blank">
          {t('incidents.draft.blank')}
        </p>
      ) : (
        <p className="report-text" data-testid="report-item-text">
          {item.text}
        </p>
      )}
      {copied === 'failed' && (
        <p className="field-error" role="status">
          {t('incidents.draft.copyFailed')}
        </p>
      )}
    </li>
  );
}
