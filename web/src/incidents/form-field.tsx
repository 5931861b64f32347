import type { ReactNode } from 'react';
import { findFieldProblem, type FieldProblem } from '../api/field-problems.js';

interface FormFieldProps {
  id: string;
  /** The field's path in the request body, as problem+json names it. */
  field: string;
  label: string;
  hint?: string;
  errors: readonly FieldProblem[];
  children: ReactNode;
}

/** A labelled input with its hint and the server's (or the form's) message for that field next to it. */
export function FormField({ id, field, label, hint, errors, children }: FormFieldProps) {
  const error = findFieldProblem(errors, field);
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`field-error-${field}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The aria-describedby of a field: its hint and its error, when shown. */
export function describeField(id: string, field: string, errors: readonly FieldProblem[], hint = false) {
  const ids = [hint ? `${id}-hint` : null, findFieldProblem(errors, field) ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}
