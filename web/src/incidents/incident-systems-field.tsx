import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { useTenant } from '../shell/tenant-context.js';
import { FormField } from './form-field.js';
import type { IncidentFormValues } from './incident-form-values.js';
import { nameSystem, useSystemOptions } from './use-system-names.js';

interface IncidentSystemsFieldProps {
  id: string;
  values: IncidentFormValues;
  errors: readonly FieldProblem[];
  onChange: (patch: Partial<IncidentFormValues>) => void;
}

/** The AI systems the incident concerns, chosen from those the person may read (plus any already linked). */
export function IncidentSystemsField({ id, values, errors, onChange }: IncidentSystemsFieldProps) {
  const { t } = useTranslation();
  const { slug } = useTenant();
  const { options, names } = useSystemOptions(slug);
  const extra = values.systemIds.filter((systemId) => !names.has(systemId));
  const choices = [...options, ...extra.map((systemId) => ({ id: systemId, name: nameSystem(names, systemId) }))];

  function toggle(systemId: string, on: boolean) {
    const next = on ? [...values.systemIds, systemId] : values.systemIds.filter((held) => held !== systemId);
    onChange({ systemIds: next });
  }

  return (
    <FormField id={id} field="systemIds" label={t('incidents.fields.systems')} errors={errors}>
      {choices.length === 0 ? (
        <p className="muted small" id={id}>
          {t('incidents.form.noSystems')}
        </p>
      ) : (
        <div className="choice-grid" id={id} role="group" data-testid="incident-form-systems">
          {choices.map((system) => (
            <label key={system.id} className="choice">
              <input
                type="checkbox"
                data-testid="incident-form-system"
                data-system-id={system.id}
                checked={values.systemIds.includes(system.id)}
                onChange={(event) => toggle(system.id, event.target.checked)}
              />
              <span>{system.name}</span>
            </label>
          ))}
        </div>
      )}
    </FormField>
  );
}
