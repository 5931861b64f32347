import { useTranslation } from 'react-i18next';
import { CONFIRM_ALL, type EditorState } from './assessment-editor-state.js';

interface AssessmentBarProps {
  state: EditorState;
  answered: number;
  total: number;
  toConfirm: number;
  editable: boolean;
  canSubmit: boolean;
  onConfirmAll: () => void;
  onSave: () => void;
  onSubmit: () => void;
}

/** The sticky bar: progress, what is unsaved or to confirm, and the save / submit buttons. */
export function AssessmentBar(props: AssessmentBarProps) {
  const { state, answered, total, toConfirm, editable, canSubmit } = props;
  const { t } = useTranslation();
  const { busy, confirming, notice } = state;
  const unsaved = state.dirty.size;
  return (
    <div className="assessment-bar" data-testid="assessment-bar">
      <div className="progress-block">
        <span className="progress-text" data-testid="assessment-progress" data-answered={answered} data-total={total}>
          {t('assessment.progress', { answered, total })}
        </span>
        <span className="progress-track" aria-hidden="true">
          <span className="progress-fill" style={{ width: `${total ? (answered / total) * 100 : 0}%` }} />
        </span>
        {toConfirm > 0 && <span className="muted small">{t('assessment.toConfirm', { count: toConfirm })}</span>}
        {unsaved > 0 && (
          <span className="unsaved-count" data-testid="unsaved-count">
            {t('assessment.unsaved', { count: unsaved })}
          </span>
        )}
        {/* Confirmations sit in the sticky bar, next to the button that caused them, wherever the page is scrolled. */}
        {(notice === 'saved' || notice === 'confirmed') && unsaved === 0 && (
          <span className="inline-success" role="status" data-testid="assessment-notice">
            {notice === 'saved' ? t('assessment.saved') : t('assessment.confirmed')}
          </span>
        )}
      </div>
      {editable && (
        <div className="assessment-bar-actions">
          {toConfirm > 0 && (
            <button
              type="button"
              className="button button-secondary"
              data-testid="confirm-all"
              disabled={busy !== null || confirming !== null}
              onClick={props.onConfirmAll}
            >
              {confirming === CONFIRM_ALL
                ? t('assessment.confirming')
                : t('assessment.confirmAll', { count: toConfirm })}
            </button>
          )}
          <button
            type="button"
            className="button button-secondary"
            data-testid="save-answers"
            disabled={busy !== null || unsaved === 0}
            onClick={props.onSave}
          >
            {busy === 'save' ? t('common.saving') : t('assessment.save')}
          </button>
          {canSubmit && (
            <button
              type="button"
              className="button button-primary"
              data-testid="submit-assessment"
              disabled={busy !== null}
              onClick={props.onSubmit}
            >
              {busy === 'submit' ? t('assessment.submitting') : t('assessment.submit')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
