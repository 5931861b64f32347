import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_REASONS, type ReviewReason } from './governance.js';

interface ReviewFormProps {
  /** Another lifecycle step is under way. */
  busy: boolean;
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (body: { reason: ReviewReason; note?: string }) => void;
}

/** Why an active system goes back to review, with an optional note for the record. */
export function ReviewForm({ busy, submitting, onCancel, onSubmit }: ReviewFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [reason, setReason] = useState<ReviewReason>('material_change');
  const [note, setNote] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = note.trim();
    onSubmit(trimmed ? { reason, note: trimmed } : { reason });
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit} data-testid="review-form">
      <div className="field field-narrow">
        <label htmlFor={`${formId}-reason`}>{t('governance.reviewReason')}</label>
        <select
          id={`${formId}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value as ReviewReason)}
        >
          {REVIEW_REASONS.map((option) => (
            <option key={option} value={option}>
              {t(`reviewReason.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${formId}-note`}>
          {t('governance.reviewNote')} <span className="optional">{t('common.optional')}</span>
        </label>
        <textarea
          id={`${formId}-note`}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitting ? t('governance.openingReview') : t('governance.confirmOpenReview')}
        </button>
      </div>
    </form>
  );
}
