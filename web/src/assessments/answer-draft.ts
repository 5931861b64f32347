import type { AnswerInput, AnswerKind } from '../governance/governance.js';

/** What one requirement's inputs hold while someone edits it; every answer kind keeps its text, so switching
 * between "explains" and "gap" and back loses nothing typed. */
export interface AnswerDraft {
  kind: AnswerKind | null;
  evidenceIds: string[];
  note: string;
  rationale: string;
  compensatingMeasure: string;
  reason: string;
  remediation: string;
  ownerMode: 'me' | 'other';
  ownerId: string;
  dueDate: string;
}

export type DraftProblem =
  | 'unanswered'
  | 'rationaleMissing'
  | 'compensatingMissing'
  | 'reasonMissing'
  | 'remediationMissing'
  | 'ownerInvalid'
  | 'dueDateMissing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createEmptyDraft(): AnswerDraft {
  return {
    kind: null,
    evidenceIds: [],
    note: '',
    rationale: '',
    compensatingMeasure: '',
    reason: '',
    remediation: '',
    ownerMode: 'me',
    ownerId: '',
    dueDate: '',
  };
}

export function toDraft(answer: AnswerInput | null, selfId: string): AnswerDraft {
  const draft = createEmptyDraft();
  if (!answer) return draft;
  switch (answer.answer) {
    case 'complies':
      return { ...draft, kind: 'complies', evidenceIds: [...answer.evidenceIds], note: answer.note ?? '' };
    case 'explains':
      return {
        ...draft,
        kind: 'explains',
        rationale: answer.rationale,
        compensatingMeasure: answer.compensatingMeasure,
      };
    case 'not_applicable':
      return { ...draft, kind: 'not_applicable', reason: answer.reason };
    case 'gap':
      return {
        ...draft,
        kind: 'gap',
        remediation: answer.remediation,
        ownerMode: answer.ownerId === selfId ? 'me' : 'other',
        ownerId: answer.ownerId === selfId ? '' : answer.ownerId,
        dueDate: answer.dueDate,
      };
  }
}

/** The first thing that keeps a draft from being a savable answer, or null when it can be saved. */
export function findDraftProblem(draft: AnswerDraft): DraftProblem | null {
  switch (draft.kind) {
    case null:
      return 'unanswered';
    case 'complies':
      return null;
    case 'explains':
      if (!draft.rationale.trim()) return 'rationaleMissing';
      return draft.compensatingMeasure.trim() ? null : 'compensatingMissing';
    case 'not_applicable':
      return draft.reason.trim() ? null : 'reasonMissing';
    case 'gap':
      if (!draft.remediation.trim()) return 'remediationMissing';
      if (draft.ownerMode === 'other' && !UUID.test(draft.ownerId.trim())) return 'ownerInvalid';
      return /^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate) ? null : 'dueDateMissing';
  }
}

/** The API's shape of a complete draft; call only when findDraftProblem() is null. */
export function toAnswerInput(draft: AnswerDraft, selfId: string): AnswerInput {
  switch (draft.kind) {
    case 'complies': {
      const note = draft.note.trim();
      return { answer: 'complies', evidenceIds: draft.evidenceIds, ...(note ? { note } : {}) };
    }
    case 'explains':
      return {
        answer: 'explains',
        rationale: draft.rationale.trim(),
        compensatingMeasure: draft.compensatingMeasure.trim(),
      };
    case 'not_applicable':
      return { answer: 'not_applicable', reason: draft.reason.trim() };
    case 'gap':
      return {
        answer: 'gap',
        remediation: draft.remediation.trim(),
        ownerId: draft.ownerMode === 'me' ? selfId : draft.ownerId.trim(),
        dueDate: draft.dueDate,
      };
    case null:
      throw new Error('an unanswered draft has no answer to send');
  }
}

/** Today's date in the reader's own calendar, as the date input expects it. */
export function readToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
