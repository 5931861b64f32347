import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findFieldProblem, type FieldProblem } from '../api/field-problems.js';
import { revealElement } from '../shell/problem-banner.js';
import {
  PROFILE_FLAGS,
  SECTORS,
  SYSTEM_ROLES,
  type AiSystemInput,
  type Sector,
  type SystemProfile,
  type SystemRole,
} from './ai-system.js';
import { PROHIBITED_PRACTICE_LIST, type ProhibitedPractice } from '../governance/governance.js';

/** What the inputs hold; regions are edited as one comma-separated text. */
interface FormValues {
  name: string;
  purpose: string;
  vendor: string;
  modelName: string;
  deploymentRegions: string;
  roles: SystemRole[];
  profile: SystemProfile;
}

interface AiSystemFormProps {
  initial: AiSystemInput;
  submitLabel: string;
  submittingLabel: string;
  submitting: boolean;
  /** Field errors from the server's problem response, shown next to their fields. */
  serverErrors?: FieldProblem[];
  /** The problem's own summary (its `detail`), shown above the fields when the server refused them. */
  serverSummary?: string;
  onSubmit: (input: AiSystemInput) => void;
  onCancel: () => void;
}

export function AiSystemForm(props: AiSystemFormProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState<FormValues>(() => toFormValues(props.initial));
  const [localErrors, setLocalErrors] = useState<FieldProblem[]>([]);
  const errors = localErrors.length > 0 ? localErrors : (props.serverErrors ?? []);
  const summaryRef = useRef<HTMLDivElement>(null);

  // The submit button sits below a long form; bring the summary of what went wrong into view.
  useEffect(() => {
    if (errors.length > 0) revealElement(summaryRef.current);
  }, [errors]);

  function update<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  function toggleRole(role: SystemRole, checked: boolean) {
    const roles = checked ? [...values.roles, role] : values.roles.filter((held) => held !== role);
    // Keep the canonical order so an unchanged set never looks like a change.
    update(
      'roles',
      SYSTEM_ROLES.filter((candidate) => roles.includes(candidate)),
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (values.name.trim() === '') found.push({ path: 'name', message: t('form.nameRequired') });
    if (values.purpose.trim() === '') found.push({ path: 'purpose', message: t('form.purposeRequired') });
    setLocalErrors(found);
    if (found.length === 0) props.onSubmit(toInput(values));
  }

  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const errorFor = (field: string) => findFieldProblem(errors, field);
  const unmatched = errors.filter((error) => !KNOWN_FIELDS.some((field) => findFieldProblem([error], field)));

  function renderError(field: string, exact = false) {
    const matches = errors.filter((error) => error.path === field || (!exact && error.path.startsWith(`${field}.`)));
    if (matches.length === 0) return null;
    const regions = parseRegions(values.deploymentRegions);
    return (
      <p className="field-error" id={`${fieldId(field)}-error`}>
        {matches.map((error) => {
          // "deploymentRegions.2" alone does not say which entry is wrong; name it.
          const index = /^deploymentRegions\.(\d+)$/.exec(error.path)?.[1];
          const region = index === undefined ? undefined : regions[Number(index)];
          return (
            <span key={`${error.path}:${error.message}`} className="field-error-line">
              {region ? `${region}: ${error.message}` : error.message}
            </span>
          );
        })}
      </p>
    );
  }

  function describedBy(field: string, hint?: boolean): string | undefined {
    const ids = [hint ? `${fieldId(field)}-hint` : null, errorFor(field) ? `${fieldId(field)}-error` : null];
    return ids.filter(Boolean).join(' ') || undefined;
  }

  return (
    <form className="system-form" onSubmit={handleSubmit} noValidate data-testid="system-form">
      {errors.length > 0 && (
        <div className="banner banner-error" role="alert" ref={summaryRef}>
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
        <legend>{t('form.basics')}</legend>
        <div className="field">
          <label htmlFor={fieldId('name')}>{t('form.name')}</label>
          <input
            id={fieldId('name')}
            data-testid="form-name"
            value={values.name}
            maxLength={200}
            aria-invalid={Boolean(errorFor('name')) || undefined}
            aria-describedby={describedBy('name')}
            onChange={(event) => update('name', event.target.value)}
          />
          {renderError('name')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('purpose')}>{t('form.purpose')}</label>
          <textarea
            id={fieldId('purpose')}
            data-testid="form-purpose"
            rows={4}
            value={values.purpose}
            aria-invalid={Boolean(errorFor('purpose')) || undefined}
            aria-describedby={describedBy('purpose', true)}
            onChange={(event) => update('purpose', event.target.value)}
          />
          <p className="field-hint" id={`${fieldId('purpose')}-hint`}>
            {t('form.purposeHint')}
          </p>
          {renderError('purpose')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fieldId('vendor')}>
              {t('form.vendor')} <span className="optional">{t('common.optional')}</span>
            </label>
            <input
              id={fieldId('vendor')}
              value={values.vendor}
              aria-invalid={Boolean(errorFor('vendor')) || undefined}
              aria-describedby={describedBy('vendor')}
              onChange={(event) => update('vendor', event.target.value)}
            />
            {renderError('vendor')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('modelName')}>
              {t('form.modelName')} <span className="optional">{t('common.optional')}</span>
            </label>
            <input
              id={fieldId('modelName')}
              value={values.modelName}
              aria-invalid={Boolean(errorFor('modelName')) || undefined}
              aria-describedby={describedBy('modelName')}
              onChange={(event) => update('modelName', event.target.value)}
            />
            {renderError('modelName')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={fieldId('deploymentRegions')}>
            {t('form.deploymentRegions')} <span className="optional">{t('common.optional')}</span>
          </label>
          <input
            id={fieldId('deploymentRegions')}
            value={values.deploymentRegions}
            aria-invalid={Boolean(errorFor('deploymentRegions')) || undefined}
            aria-describedby={describedBy('deploymentRegions', true)}
            onChange={(event) => update('deploymentRegions', event.target.value)}
          />
          <p className="field-hint" id={`${fieldId('deploymentRegions')}-hint`}>
            {t('form.deploymentRegionsHint')}
          </p>
          {renderError('deploymentRegions')}
        </div>
      </fieldset>

      <fieldset className="form-section" aria-describedby={`${fieldId('roles')}-hint`}>
        <legend>{t('form.roles')}</legend>
        <p className="field-hint" id={`${fieldId('roles')}-hint`}>
          {t('form.rolesHint')}
        </p>
        <div className="choice-grid">
          {SYSTEM_ROLES.map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={values.roles.includes(role)}
                onChange={(event) => toggleRole(role, event.target.checked)}
              />
              <span>{t(`role.${role}`)}</span>
            </label>
          ))}
        </div>
        {renderError('roles')}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.profile')}</legend>
        <p className="field-hint">{t('detail.profileHint')}</p>
        <div className="choice-grid">
          {PROFILE_FLAGS.map((flag) => (
            <label key={flag} className="choice">
              <input
                type="checkbox"
                data-testid={`form-flag-${flag}`}
                checked={values.profile[flag]}
                onChange={(event) => update('profile', { ...values.profile, [flag]: event.target.checked })}
              />
              <span>{t(`profile.${flag}`)}</span>
            </label>
          ))}
        </div>
        {PROFILE_FLAGS.map((flag) => renderError(`profile.${flag}`))}
        <div className="field field-narrow">
          <label htmlFor={fieldId('sector')}>{t('profile.sector')}</label>
          <select
            id={fieldId('sector')}
            value={values.profile.sector}
            onChange={(event) => update('profile', { ...values.profile, sector: event.target.value as Sector })}
          >
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`sector.${sector}`)}
              </option>
            ))}
          </select>
          {renderError('profile.sector')}
        </div>
        <div className="field field-medium">
          <label htmlFor={fieldId('prohibitedPractice')}>{t('profile.prohibitedPractice')}</label>
          <select
            id={fieldId('prohibitedPractice')}
            data-testid="form-prohibited-practice"
            value={values.profile.prohibitedPractice}
            aria-describedby={describedBy('profile.prohibitedPractice', true)}
            onChange={(event) =>
              update('profile', { ...values.profile, prohibitedPractice: event.target.value as ProhibitedPractice })
            }
          >
            {PROHIBITED_PRACTICE_LIST.map((practice) => (
              <option key={practice} value={practice}>
                {t(`prohibitedPractice.${practice}`)}
              </option>
            ))}
          </select>
          <p className="field-hint" id={`${fieldId('profile.prohibitedPractice')}-hint`}>
            {t('form.prohibitedPracticeHint')}
          </p>
          {renderError('profile.prohibitedPractice')}
        </div>
        {renderError('profile', true)}
      </fieldset>

      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={props.onCancel} disabled={props.submitting}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="form-submit" disabled={props.submitting}>
          {props.submitting ? props.submittingLabel : props.submitLabel}
        </button>
      </div>
    </form>
  );
}

const KNOWN_FIELDS = ['name', 'purpose', 'vendor', 'modelName', 'deploymentRegions', 'roles', 'profile'] as const;

function toFormValues(input: AiSystemInput): FormValues {
  return {
    name: input.name,
    purpose: input.purpose,
    vendor: input.vendor ?? '',
    modelName: input.modelName ?? '',
    deploymentRegions: input.deploymentRegions.join(', '),
    roles: [...input.roles],
    profile: { ...input.profile },
  };
}

function toInput(values: FormValues): AiSystemInput {
  return {
    name: values.name.trim(),
    purpose: values.purpose.trim(),
    vendor: values.vendor.trim() || null,
    modelName: values.modelName.trim() || null,
    deploymentRegions: parseRegions(values.deploymentRegions),
    roles: values.roles,
    profile: values.profile,
  };
}

// The API takes ISO 3166-1 alpha-2 codes (plus EU) in upper case; accept "jp, eu" or "JP、EU" as typed.
function parseRegions(text: string): string[] {
  return text
    .split(/[,、\s]+/)
    .map((region) => region.trim().toUpperCase())
    .filter(Boolean);
}

/** Only the fields that differ, so a PATCH never rewrites what the person did not touch. */
export function diffAiSystemInput(before: AiSystemInput, after: AiSystemInput): Partial<AiSystemInput> {
  const changes: Partial<AiSystemInput> = {};
  if (after.name !== before.name) changes.name = after.name;
  if (after.purpose !== before.purpose) changes.purpose = after.purpose;
  if (after.vendor !== before.vendor) changes.vendor = after.vendor;
  if (after.modelName !== before.modelName) changes.modelName = after.modelName;
  if (after.deploymentRegions.join('\n') !== before.deploymentRegions.join('\n')) {
    changes.deploymentRegions = after.deploymentRegions;
  }
  if ([...after.roles].sort().join() !== [...before.roles].sort().join()) changes.roles = after.roles;
  const profileChanged = (Object.keys(after.profile) as (keyof SystemProfile)[]).some(
    (key) => after.profile[key] !== before.profile[key],
  );
  if (profileChanged) changes.profile = after.profile;
  return changes;
}
