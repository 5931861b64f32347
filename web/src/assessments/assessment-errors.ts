import type { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/field-problems.js';
import { describeEvidenceKind } from '../governance/governance-labels.js';

type Translate = ReturnType<typeof useTranslation>['t'];

export interface SortedProblems {
  byRequirement: Map<string, string[]>;
  byEvidenceKind: Map<string, string[]>;
  other: FieldProblem[];
}

/**
 * Files the server's field errors under what they are about: `requirements.<id>` (submit) and `answers.<id>…`
 * (save) belong to a requirement, `evidence.<kind>` to the evidence list; anything else is shown at the top.
 * Requirement IDs contain colons and hyphens, so they are matched whole rather than split out of the path.
 */
export function sortProblems(
  problems: readonly FieldProblem[],
  requirementIds: readonly string[],
  t: Translate,
): SortedProblems {
  const byRequirement = new Map<string, string[]>();
  const byEvidenceKind = new Map<string, string[]>();
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const requirementId = requirementIds.find(
      (id) =>
        problem.path === `requirements.${id}` ||
        problem.path === `answers.${id}` ||
        problem.path.startsWith(`answers.${id}.`),
    );
    if (requirementId) {
      const list = byRequirement.get(requirementId) ?? [];
      list.push(translateServerMessage(problem.message, t));
      byRequirement.set(requirementId, list);
      continue;
    }
    const kind = /^evidence\.(\w+)$/.exec(problem.path)?.[1];
    if (kind) {
      const list = byEvidenceKind.get(kind) ?? [];
      list.push(t('assessment.problem.tierEvidence', { kind: describeEvidenceKind(kind, t) }));
      byEvidenceKind.set(kind, list);
      continue;
    }
    other.push(problem);
  }
  return { byRequirement, byEvidenceKind, other };
}

// The API words its per-requirement messages in English only; the known ones are re-said in the reader's language,
// anything new is shown as the server wrote it.
const MESSAGE_PATTERNS: { pattern: RegExp; render: (match: RegExpExecArray, t: Translate) => string }[] = [
  { pattern: /^no answer yet/i, render: (_m, t) => t('assessment.problem.unanswered') },
  { pattern: /^carried forward/i, render: (_m, t) => t('assessment.problem.unconfirmed') },
  { pattern: /^unknown evidence/i, render: (_m, t) => t('assessment.problem.unknownEvidence') },
  { pattern: /^evidence not found/i, render: (_m, t) => t('assessment.problem.unknownEvidence') },
  {
    pattern: /^attach evidence of kind (.+)$/i,
    render: (match, t) =>
      t('assessment.problem.needsEvidence', {
        kinds: (match[1] ?? '')
          .split(/\s+or\s+/)
          .map((kind) => describeEvidenceKind(kind.trim(), t))
          .join(t('assessment.listSeparator')),
      }),
  },
  { pattern: /due date is in the past/i, render: (_m, t) => t('assessment.problem.dueInPast') },
];

export function translateServerMessage(message: string, t: Translate): string {
  for (const { pattern, render } of MESSAGE_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(match, t);
  }
  return message;
}
