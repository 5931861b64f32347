import { KizunaApiError } from '@kizuna/client/session';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The per-field errors of a refused request, in the dotted form the forms match on; undefined when there are none. */
export function readFieldProblems(error: unknown): FieldProblem[] | undefined {
  if (!(error instanceof KizunaApiError) || !error.problem.errors?.length) return undefined;
  return error.problem.errors.map(({ path, message }) => ({ path: normalizeFieldPath(path), message }));
}

/**
 * The API names fields by where they were read ("body.profile.sector"); JSON pointers ("/profile/sector") are
 * accepted too. The forms know fields by their name within the body.
 */
function normalizeFieldPath(path: string): string {
  return path
    .replace(/^#?\/?/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/** The message for one form field: exact path or any nested path below it (e.g. deploymentRegions.2). */
export function findFieldProblem(errors: readonly FieldProblem[] | undefined, field: string): string | undefined {
  return errors?.find((error) => error.path === field || error.path.startsWith(`${field}.`))?.message;
}
