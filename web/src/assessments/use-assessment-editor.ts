import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/api-mutation.js';
import { readFieldProblems } from '../api/field-problems.js';
import type { AnswerInput, Assessment } from '../governance/governance.js';
import { buildSystemPath, navigate } from '../routing/router.js';
import { revealElement } from '../shell/problem-banner.js';
import type { AnswerDraft } from './answer-draft.js';
import {
  buildDrafts,
  collectDirty,
  CONFIRM_ALL,
  createEditorState,
  reduceEditorState,
  type Notice,
} from './assessment-editor-state.js';
import { sortProblems } from './assessment-errors.js';

interface EditorTarget {
  tenant: string;
  systemId: string;
  assessment: Assessment;
  selfId: string;
}

/** The questionnaire's state and its save, submit and confirm actions; drafts start from the assessment as loaded. */
export function useAssessmentEditor({ tenant, systemId, assessment, selfId }: EditorTarget) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(reduceEditorState, null, () => createEditorState(assessment, selfId));
  const summaryRef = useRef<HTMLDivElement>(null);
  const params = { tenant, id: systemId, aid: assessment.id };
  const saveAnswers = useApiMutation('saveAnswers');
  const submitAssessment = useApiMutation('submitAssessment', {
    onSuccess: () => navigate(buildSystemPath(tenant, systemId)),
  });

  // Leaving with unsaved answers asks first; typed explanations are expensive to lose.
  useEffect(() => {
    if (state.dirty.size === 0) return;
    function warn(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.dirty]);

  const change = useCallback(
    (requirementId: string, draft: AnswerDraft) => dispatch({ type: 'edited', requirementId, draft }),
    [],
  );

  function readProblems(error: unknown) {
    const fieldProblems = readFieldProblems(error);
    const requirementIds = assessment.requirements.map((requirement) => requirement.requirementId);
    return fieldProblems ? sortProblems(fieldProblems, requirementIds, t) : null;
  }

  /** Sends the given answers; the response is the whole assessment, so saved drafts are rebuilt from it. */
  async function persist(answers: Record<string, AnswerInput>): Promise<boolean> {
    if (Object.keys(answers).length === 0) return true;
    try {
      const { data } = await saveAnswers.mutateAsync({ params, body: { answers } });
      const fresh = buildDrafts(data, selfId);
      dispatch({
        type: 'answers-saved',
        fresh: Object.fromEntries(Object.keys(answers).flatMap((id) => (fresh[id] ? [[id, fresh[id]]] : []))),
      });
      return true;
    } catch (caught) {
      dispatch({ type: 'request-failed', error: caught, problems: readProblems(caught) });
      return false;
    }
  }

  function settle(notice?: Notice, reveal = false) {
    dispatch({ type: 'settled', notice });
    if (reveal) revealLater(summaryRef.current);
  }

  async function save() {
    const { answers, incomplete } = collectDirty(state, selfId);
    dispatch({ type: 'save-started', busy: 'save', localProblems: incomplete });
    const saved = await persist(answers);
    settle(saved ? (incomplete.size > 0 ? 'incompleteNotSaved' : 'saved') : undefined, incomplete.size > 0 || !saved);
  }

  async function submit() {
    const { answers, incomplete } = collectDirty(state, selfId);
    dispatch({ type: 'save-started', busy: 'submit', localProblems: incomplete });
    if (incomplete.size > 0) return settle('incompleteNotSaved', true);
    // Submit what is on screen: unsaved edits go first, so the sealed snapshot is what the person saw.
    if (!(await persist(answers))) return settle(undefined, true);
    try {
      await submitAssessment.mutateAsync({ params });
    } catch (caught) {
      dispatch({ type: 'request-failed', error: caught, problems: readProblems(caught) });
      settle(undefined, true);
    }
  }

  async function confirm(requirementId: string) {
    const requirement = assessment.requirements.find((r) => r.requirementId === requirementId);
    if (!requirement?.answer) return;
    dispatch({ type: 'confirm-started', target: requirementId });
    // Saving a carried-forward answer unchanged is how the API records the confirmation.
    settle((await persist({ [requirementId]: requirement.answer })) ? 'confirmed' : undefined);
  }

  /** Confirms every unchanged carried-forward answer in one save, for a review where little has changed. */
  async function confirmAll() {
    const carried = assessment.requirements.filter(
      (r) => r.carriedForward && !r.confirmed && !state.dirty.has(r.requirementId) && r.answer,
    );
    if (carried.length === 0) return;
    dispatch({ type: 'confirm-started', target: CONFIRM_ALL });
    const answers = Object.fromEntries(carried.flatMap((r) => (r.answer ? [[r.requirementId, r.answer]] : [])));
    settle((await persist(answers)) ? 'confirmed' : undefined);
  }

  // A stable callback keeps the memoised cards from re-rendering on every keystroke elsewhere on the page.
  const confirmRef = useRef(confirm);
  confirmRef.current = confirm;
  const confirmOne = useCallback((requirementId: string) => void confirmRef.current(requirementId), []);

  return { state, summaryRef, change, save, submit, confirmOne, confirmAll };
}

// The banner renders in the same commit as the state change; scroll once it is on screen.
function revealLater(element: HTMLElement | null) {
  window.setTimeout(() => revealElement(element), 0);
}
