import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { describeField, FormField } from './form-field.js';
import type { IncidentFormValues } from './incident-form-values.js';

const FLAGS = [
  'affectedCountEstimated',
  'sensitive',
  'financialLossRisk',
  'wrongfulPurpose',
  'highlyEncrypted',
] as const;

interface PersonalDataFieldsProps {
  idPrefix: string;
  values: IncidentFormValues;
  errors: readonly FieldProblem[];
  onChange: (patch: Partial<IncidentFormValues>) => void;
}

/** The facts the APPI clocks turn on; shown only for a personal-data breach. */
export function PersonalDataFields({ idPrefix, values, errors, onChange }: PersonalDataFieldsProps) {
  const { t } = useTranslation();
  const id = (field: string) => `${idPrefix}-pd-${field}`;
  return (
    <fieldset className="form-section" data-testid="personal-data-fields">
      <legend>{t('incidents.form.personalData')}</legend>
      <p className="muted small">{t('incidents.form.personalDataHint')}</p>
      <FormField
        id={id('count')}
        field="personalData.affectedCount"
        label={t('incidents.personalData.affectedCount')}
        hint={t('incidents.personalData.affectedCountHint')}
        errors={errors}
      >
        <input
          id={id('count')}
          className="field-narrow"
          inputMode="numeric"
          data-testid="incident-form-affected-count"
          value={values.affectedCount}
          aria-describedby={describeField(id('count'), 'personalData.affectedCount', errors, true)}
          onChange={(event) => onChange({ affectedCount: event.target.value })}
        />
      </FormField>
      {FLAGS.map((flag) => (
        <div className="field" key={flag} data-field={`personalData.${flag}`}>
          <label className="choice">
            <input
              type="checkbox"
              data-testid={`incident-form-pd-${flag}`}
              checked={values.personal[flag]}
              onChange={(event) => onChange({ personal: { ...values.personal, [flag]: event.target.checked } })}
            />
            <span>
              <strong>{t(`incidents.personalData.${flag}`)}</strong>
              <span className="muted small"> {t(`incidents.personalData.${flag}Hint`)}</span>
            </span>
          </label>
        </div>
      ))}
      <FormField
        id={id('processor')}
        field="personalData.processorFor"
        label={t('incidents.personalData.processorFor')}
        hint={t('incidents.personalData.processorForHint')}
        errors={errors}
      >
        <input
          id={id('processor')}
          data-testid="incident-form-processor-for"
          value={values.processorFor}
          maxLength={200}
          aria-describedby={describeField(id('processor'), 'personalData.processorFor', errors, true)}
          onChange={(event) => onChange({ processorFor: event.target.value })}
        />
      </FormField>
    </fieldset>
  );
}
