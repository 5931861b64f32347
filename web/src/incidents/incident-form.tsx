import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { revealElement } from '../shell/problem-banner.js';
import { describeField, FormField } from './form-field.js';
import { INCIDENT_CATEGORY_LIST, INCIDENT_SEVERITY_LIST, type IncidentCategory } from './incident.js';
import { toFacts, toFormValues, type IncidentFacts, type IncidentFormValues } from './incident-form-values.js';
import { IncidentSystemsField } from './incident-systems-field.js';
import { PersonalDataFields } from './personal-data-fields.js';

interface IncidentFormProps {
  initial: IncidentFacts;
  submitLabel: string;
  submitting: boolean;
  /** Field errors of the server's problem+json, shown next to their fields. */
  serverErrors?: FieldProblem[];
  serverSummary?: string;
  onSubmit: (facts: IncidentFacts) => void;
  onCancel: () => void;
}

const INSTANTS = ['occurredAt', 'detectedAt', 'awareAt'] as const;

export function IncidentForm(props: IncidentFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState<IncidentFormValues>(() => toFormValues(props.initial));
  const [localErrors, setLocalErrors] = useState<FieldProblem[]>([]);
  const errors = localErrors.length > 0 ? localErrors : (props.serverErrors ?? []);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) revealElement(summaryRef.current);
  }, [errors]);

  const change = (patch: Partial<IncidentFormValues>) => setValues((previous) => ({ ...previous, ...patch }));
  const id = (field: string) => `${idPrefix}-${field}`;
  const breach = values.categories.includes('personal_data_breach');

  function toggleCategory(category: IncidentCategory, on: boolean) {
    const next = on ? [...values.categories, category] : values.categories.filter((held) => held !== category);
    change({ categories: INCIDENT_CATEGORY_LIST.filter((candidate) => next.includes(candidate)) });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldProblem[] = [];
    const required = (field: 'title' | 'description' | 'detectedAt' | 'awareAt') => {
      if (values[field].trim() === '') found.push({ path: field, message: t('incidents.form.required') });
    };
    required('title');
    required('description');
    required('detectedAt');
    required('awareAt');
    if (values.categories.length === 0) found.push({ path: 'categories', message: t('incidents.form.pickCategory') });
    if (breach && values.affectedCount.trim() !== '' && !/^\d+$/.test(values.affectedCount.trim())) {
      found.push({ path: 'personalData.affectedCount', message: t('incidents.form.wholeNumber') });
    }
    setLocalErrors(found);
    if (found.length === 0) props.onSubmit(toFacts(values));
  }

  const known = ['title', 'description', 'severity', 'categories', 'systemIds', ...INSTANTS, 'personalData'];
  const unmatched = errors.filter((error) => !known.some((f) => error.path === f || error.path.startsWith(`${f}.`)));

  return (
    <form className="system-form" onSubmit={handleSubmit} noValidate data-testid="incident-form">
      {errors.length > 0 && (
        <div className="banner banner-error" role="alert" ref={summaryRef} data-testid="incident-form-errors">
          <span className="banner-text">
            {localErrors.length === 0 && props.serverSummary ? props.serverSummary : t('form.fixErrors')}
            {unmatched.length > 0 && (
              <ul className="banner-list">
                {unmatched.map((error) => (
                  <li key={`${error.path}:${error.message}`}>
                    {error.path ? <code>{error.path}</code> : null} {error.message}
                  </li>
                ))}
              </ul>
            )}
          </span>
        </div>
      )}
      <fieldset className="form-section">
        <legend>{t('incidents.form.what')}</legend>
        <FormField id={id('title')} field="title" label={t('incidents.fields.title')} errors={errors}>
          <input
            id={id('title')}
            data-testid="incident-form-title"
            value={values.title}
            maxLength={300}
            aria-describedby={describeField(id('title'), 'title', errors)}
            onChange={(event) => change({ title: event.target.value })}
          />
        </FormField>
        <FormField id={id('description')} field="description" label={t('incidents.fields.description')} errors={errors}>
          <textarea
            id={id('description')}
            data-testid="incident-form-description"
            rows={4}
            value={values.description}
            aria-describedby={describeField(id('description'), 'description', errors)}
            onChange={(event) => change({ description: event.target.value })}
          />
        </FormField>
        <FormField id={id('severity')} field="severity" label={t('incidents.fields.severity')} errors={errors}>
          <select
            id={id('severity')}
            className="field-narrow"
            data-testid="incident-form-severity"
            value={values.severity}
            onChange={(event) => change({ severity: event.target.value as IncidentFormValues['severity'] })}
          >
            {INCIDENT_SEVERITY_LIST.map((severity) => (
              <option key={severity} value={severity}>
                {t(`incidents.severity.${severity}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id('categories')} field="categories" label={t('incidents.fields.categories')} errors={errors}>
          <div className="choice-grid" id={id('categories')} role="group">
            {INCIDENT_CATEGORY_LIST.map((category) => (
              <label key={category} className="choice">
                <input
                  type="checkbox"
                  data-testid={`incident-form-category-${category}`}
                  checked={values.categories.includes(category)}
                  onChange={(event) => toggleCategory(category, event.target.checked)}
                />
                <span>{t(`incidents.category.${category}`)}</span>
              </label>
            ))}
          </div>
        </FormField>
        <IncidentSystemsField id={id('systems')} values={values} errors={errors} onChange={change} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('incidents.form.when')}</legend>
        {INSTANTS.map((field) => (
          <FormField
            key={field}
            id={id(field)}
            field={field}
            label={t(`incidents.fields.${field}`)}
            hint={t(`incidents.form.${field}Hint`)}
            errors={errors}
          >
            <input
              id={id(field)}
              type="datetime-local"
              className="field-medium"
              data-testid={`incident-form-${field}`}
              value={values[field]}
              aria-describedby={describeField(id(field), field, errors, true)}
              onChange={(event) => change({ [field]: event.target.value })}
            />
          </FormField>
        ))}
      </fieldset>
      {breach && <PersonalDataFields idPrefix={idPrefix} values={values} errors={errors} onChange={change} />}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="incident-form-submit"
          disabled={props.submitting}
        >
          {props.submitting ? t('common.saving') : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
