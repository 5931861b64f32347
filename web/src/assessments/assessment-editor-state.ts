import type { AnswerInput, Assessment } from '../governance/governance.js';
import { findDraftProblem, toAnswerInput, toDraft, type AnswerDraft, type DraftProblem } from './answer-draft.js';
import type { SortedProblems } from './assessment-errors.js';

export type Notice = 'saved' | 'confirmed' | 'incompleteNotSaved' | null;

/** Marks "confirm every carried-forward answer" in `confirming`, which otherwise holds one requirement ID. */
export const CONFIRM_ALL = '*';

export const NO_PROBLEMS: SortedProblems = { byRequirement: new Map(), byEvidenceKind: new Map(), other: [] };

/** What the questionnaire holds between loads: the person's drafts and what the last save or submit said. */
export interface EditorState {
  drafts: Record<string, AnswerDraft>;
  /** Requirements edited since their last save. */
  dirty: ReadonlySet<string>;
  /** Drafts flagged as incomplete by the local check; kept on screen, not sent. */
  localProblems: Map<string, DraftProblem>;
  /** The server's field errors from the last refused save or submit. */
  problems: SortedProblems;
  busy: 'save' | 'submit' | null;
  confirming: string | null;
  actionError: unknown;
  notice: Notice;
}

export type EditorAction =
  | { type: 'edited'; requirementId: string; draft: AnswerDraft }
  | { type: 'save-started'; busy: 'save' | 'submit'; localProblems: Map<string, DraftProblem> }
  | { type: 'confirm-started'; target: string }
  | { type: 'answers-saved'; fresh: Record<string, AnswerDraft> }
  | { type: 'request-failed'; error: unknown; problems: SortedProblems | null }
  | { type: 'settled'; notice?: Notice };

export function createEditorState(assessment: Assessment, selfId: string): EditorState {
  return {
    drafts: buildDrafts(assessment, selfId),
    dirty: new Set(),
    localProblems: new Map(),
    problems: NO_PROBLEMS,
    busy: null,
    confirming: null,
    actionError: null,
    notice: null,
  };
}

export function reduceEditorState(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edited': {
      const localProblems = new Map(state.localProblems);
      localProblems.delete(action.requirementId);
      return {
        ...state,
        drafts: { ...state.drafts, [action.requirementId]: action.draft },
        dirty: new Set(state.dirty).add(action.requirementId),
        localProblems: state.localProblems.has(action.requirementId) ? localProblems : state.localProblems,
        notice: null,
      };
    }
    case 'save-started':
      return {
        ...state,
        busy: action.busy,
        actionError: null,
        notice: null,
        problems: NO_PROBLEMS,
        localProblems: action.localProblems,
      };
    case 'confirm-started':
      // Confirming everything replaces any earlier notice; one card's confirmation leaves it until it succeeds.
      return {
        ...state,
        confirming: action.target,
        actionError: null,
        notice: action.target === CONFIRM_ALL ? null : state.notice,
      };
    case 'answers-saved':
      // The saved answers come back as the server stored them; every other draft stays as typed.
      return {
        ...state,
        drafts: { ...state.drafts, ...action.fresh },
        dirty: new Set([...state.dirty].filter((id) => !(id in action.fresh))),
      };
    case 'request-failed':
      return { ...state, actionError: action.error, problems: action.problems ?? state.problems };
    case 'settled':
      return {
        ...state,
        busy: null,
        confirming: null,
        notice: action.notice === undefined ? state.notice : action.notice,
      };
  }
}

export function buildDrafts(assessment: Assessment, selfId: string): Record<string, AnswerDraft> {
  return Object.fromEntries(assessment.requirements.map((r) => [r.requirementId, toDraft(r.answer, selfId)]));
}

/** Splits the edited drafts into savable answers and incomplete ones (flagged, kept locally). */
export function collectDirty(
  state: EditorState,
  selfId: string,
): { answers: Record<string, AnswerInput>; incomplete: Map<string, DraftProblem> } {
  const answers: Record<string, AnswerInput> = {};
  const incomplete = new Map<string, DraftProblem>();
  for (const id of state.dirty) {
    const draft = state.drafts[id];
    if (!draft) continue;
    const problem = findDraftProblem(draft);
    if (problem === 'unanswered') continue;
    if (problem) incomplete.set(id, problem);
    else answers[id] = toAnswerInput(draft, selfId);
  }
  return { answers, incomplete };
}

export function countAnswered(requirements: Assessment['requirements'], drafts: Record<string, AnswerDraft>): number {
  return requirements.filter((r) => {
    const draft = drafts[r.requirementId];
    return draft !== undefined && findDraftProblem(draft) === null;
  }).length;
}

export function countProblems(state: EditorState): number {
  const { byRequirement, byEvidenceKind } = state.problems;
  const sum = (lists: Iterable<string[]>) => [...lists].reduce((total, list) => total + list.length, 0);
  return sum(byRequirement.values()) + sum(byEvidenceKind.values()) + state.localProblems.size;
}
