import { asSubject } from '@kizuna/authz';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '../api/problem.js';
import type { AiSystem } from '../ai-systems/ai-system.js';
import { fetchAiSystem } from '../ai-systems/ai-systems-api.js';
import { fetchAssessment, listEvidence, saveAnswers, submitAssessment } from '../governance/governance-api.js';
import { announceGovernanceChange } from '../governance/governance-events.js';
import { pickLocalized, useFrameworkNames } from '../governance/governance-labels.js';
import type { AnswerInput, Assessment, Evidence } from '../governance/governance.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { AppLink } from '../routing/app-link.js';
import { buildInventoryPath, buildSystemPath, navigate } from '../routing/router.js';
import { ProblemBanner, revealElement } from '../shell/problem-banner.js';
import { LoadingView, MessageView } from '../shell/status-views.js';
import { useTenant } from '../shell/tenant-context.js';
import { findDraftProblem, toAnswerInput, toDraft, type AnswerDraft, type DraftProblem } from './answer-draft.js';
import { sortProblems, type SortedProblems } from './assessment-errors.js';
import { EvidencePanel } from './evidence-panel.js';
import { RequirementCard } from './requirement-card.js';

interface Loaded {
  system: AiSystem;
  assessment: Assessment;
  evidence: Evidence[];
}

type Notice = 'saved' | 'confirmed' | 'incompleteNotSaved' | null;

/** Marks "confirm every carried-forward answer" in the `confirming` state, which otherwise holds one ID. */
const ALL = '*';

const NO_PROBLEMS: SortedProblems = { byRequirement: new Map(), byEvidenceKind: new Map(), other: [] };

/** The comply-or-explain questionnaire of one assessment cycle, with evidence upload, save and submit. */
export function AssessmentPage({ systemId, assessmentId }: { systemId: string; assessmentId: string }) {
  const { t } = useTranslation();
  const { slug, ability, user } = useTenant();
  const frameworkNames = useFrameworkNames();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [localProblems, setLocalProblems] = useState<Map<string, DraftProblem>>(new Map());
  const [problems, setProblems] = useState<SortedProblems>(NO_PROBLEMS);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      setLoadError(null);
      try {
        const [versioned, assessment, evidence] = await Promise.all([
          fetchAiSystem(slug, systemId, signal),
          fetchAssessment(slug, systemId, assessmentId, signal),
          listEvidence(slug, systemId, signal),
        ]);
        if (signal?.aborted) return;
        setLoaded({ system: versioned.system, assessment, evidence });
        setDrafts(buildDrafts(assessment, user.id));
        setDirty(new Set());
      } catch (caught) {
        if (!signal?.aborted) setLoadError(caught);
      }
    },
    [slug, systemId, assessmentId, user.id],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  // Leaving with unsaved answers asks first; typed explanations are expensive to lose.
  useEffect(() => {
    if (dirty.size === 0) return;
    function warn(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const handleChange = useCallback((requirementId: string, draft: AnswerDraft) => {
    setDrafts((previous) => ({ ...previous, [requirementId]: draft }));
    setDirty((previous) => new Set(previous).add(requirementId));
    setNotice(null);
    setLocalProblems((previous) => {
      if (!previous.has(requirementId)) return previous;
      const next = new Map(previous);
      next.delete(requirementId);
      return next;
    });
  }, []);

  const requirementIds = useMemo(
    () => loaded?.assessment.requirements.map((requirement) => requirement.requirementId) ?? [],
    [loaded],
  );

  /** Sends the given answers; the response is the whole assessment, so saved drafts are rebuilt from it. */
  async function persist(answers: Record<string, AnswerInput>): Promise<boolean> {
    if (!loaded) return false;
    if (Object.keys(answers).length === 0) return true;
    try {
      const assessment = await saveAnswers(slug, systemId, assessmentId, answers);
      const fresh = buildDrafts(assessment, user.id);
      setLoaded((previous) => (previous ? { ...previous, assessment } : previous));
      setDrafts((previous) => {
        const next = { ...previous };
        for (const id of Object.keys(answers)) if (fresh[id]) next[id] = fresh[id];
        return next;
      });
      setDirty((previous) => new Set([...previous].filter((id) => !(id in answers))));
      return true;
    } catch (caught) {
      setActionError(caught);
      if (isApiError(caught) && caught.problem.errors) {
        setProblems(sortProblems(caught.problem.errors, requirementIds, t));
      }
      return false;
    }
  }

  /** Splits the edited drafts into savable answers and incomplete ones (flagged, kept locally). */
  function collectDirty(): { answers: Record<string, AnswerInput>; incomplete: Map<string, DraftProblem> } {
    const answers: Record<string, AnswerInput> = {};
    const incomplete = new Map<string, DraftProblem>();
    for (const id of dirty) {
      const draft = drafts[id];
      if (!draft) continue;
      const problem = findDraftProblem(draft);
      if (problem === 'unanswered') continue;
      if (problem) incomplete.set(id, problem);
      else answers[id] = toAnswerInput(draft, user.id);
    }
    return { answers, incomplete };
  }

  async function handleSave() {
    setBusy('save');
    setActionError(null);
    setNotice(null);
    setProblems(NO_PROBLEMS);
    const { answers, incomplete } = collectDirty();
    setLocalProblems(incomplete);
    const saved = await persist(answers);
    setBusy(null);
    if (saved) setNotice(incomplete.size > 0 ? 'incompleteNotSaved' : 'saved');
    if (incomplete.size > 0 || !saved) revealLater(summaryRef.current);
  }

  async function handleSubmit() {
    if (!loaded) return;
    setBusy('submit');
    setActionError(null);
    setNotice(null);
    setProblems(NO_PROBLEMS);
    const { answers, incomplete } = collectDirty();
    setLocalProblems(incomplete);
    if (incomplete.size > 0) {
      setBusy(null);
      setNotice('incompleteNotSaved');
      revealLater(summaryRef.current);
      return;
    }
    // Submit what is on screen: unsaved edits go first, so the sealed snapshot is what the person saw.
    if (!(await persist(answers))) {
      setBusy(null);
      revealLater(summaryRef.current);
      return;
    }
    try {
      await submitAssessment(slug, systemId, assessmentId);
      announceGovernanceChange();
      navigate(buildSystemPath(slug, systemId));
    } catch (caught) {
      setActionError(caught);
      if (isApiError(caught) && caught.problem.errors) {
        setProblems(sortProblems(caught.problem.errors, requirementIds, t));
      }
      setBusy(null);
      revealLater(summaryRef.current);
    }
  }

  // A stable callback keeps the memoised cards from re-rendering on every keystroke elsewhere on the page.
  const confirmRef = useRef<(requirementId: string) => Promise<void>>(async () => undefined);
  confirmRef.current = handleConfirm;
  const confirmAnswer = useCallback((requirementId: string) => void confirmRef.current(requirementId), []);

  async function handleConfirm(requirementId: string) {
    const requirement = loaded?.assessment.requirements.find((r) => r.requirementId === requirementId);
    if (!requirement?.answer) return;
    setConfirming(requirementId);
    setActionError(null);
    // Saving a carried-forward answer unchanged is how the API records the confirmation.
    if (await persist({ [requirementId]: requirement.answer })) setNotice('confirmed');
    setConfirming(null);
  }

  /** Confirms every unchanged carried-forward answer in one save, for a review where little has changed. */
  async function handleConfirmAll() {
    const carried = loaded?.assessment.requirements.filter(
      (r) => r.carriedForward && !r.confirmed && !dirty.has(r.requirementId) && r.answer,
    );
    if (!carried?.length) return;
    setConfirming(ALL);
    setActionError(null);
    setNotice(null);
    const answers = Object.fromEntries(carried.flatMap((r) => (r.answer ? [[r.requirementId, r.answer]] : [])));
    if (await persist(answers)) setNotice('confirmed');
    setConfirming(null);
  }

  if (loadError) {
    if (isApiError(loadError) && loadError.status === 404) {
      return (
        <div className="page">
          <MessageView>
            <p>{t('assessment.notFound')}</p>
            <AppLink to={buildInventoryPath(slug)} className="button button-secondary">
              {t('detail.backToInventory')}
            </AppLink>
          </MessageView>
        </div>
      );
    }
    return (
      <div className="page">
        <ProblemBanner
          error={loadError}
          action={
            <button type="button" className="button button-small" onClick={() => void load()}>
              {t('common.retry')}
            </button>
          }
        />
      </div>
    );
  }
  if (!loaded) return <LoadingView />;

  const { system, assessment, evidence } = loaded;
  const owned = { systemOwnerId: system.ownerId ?? '' };
  const editable = assessment.status === 'in_progress' && ability.can('update', asSubject('Assessment', { ...owned }));
  const canSubmit = editable && ability.can('submit', asSubject('Assessment', { ...owned }));
  const canAddEvidence = editable && ability.can('create', asSubject('Evidence', { ...owned }));
  const total = assessment.requirements.length;
  const answered = assessment.requirements.filter((r) => {
    const draft = drafts[r.requirementId];
    return draft !== undefined && findDraftProblem(draft) === null;
  }).length;
  const toConfirm = assessment.requirements.filter(
    (r) => r.carriedForward && !r.confirmed && !dirty.has(r.requirementId),
  ).length;
  const groups = groupByFramework(assessment.requirements);
  const problemCount =
    [...problems.byRequirement.values()].reduce((sum, list) => sum + list.length, 0) +
    [...problems.byEvidenceKind.values()].reduce((sum, list) => sum + list.length, 0) +
    localProblems.size;

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <AppLink to={buildInventoryPath(slug)}>{t('detail.breadcrumb')}</AppLink>
        <span aria-hidden="true">/</span>
        <AppLink to={buildSystemPath(slug, system.id)}>{system.name}</AppLink>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{t('assessment.breadcrumb', { cycle: assessment.cycle })}</span>
      </nav>
      <div className="page-header">
        <div>
          <h1 className="page-title" data-testid="assessment-heading">
            {t('assessment.title', { name: system.name })}
          </h1>
          <div className="page-meta">
            <span className={`status-pill status-${assessment.status}`} data-testid="assessment-status">
              {t(`assessmentStatus.${assessment.status}`)}
            </span>
            <span className="muted small">
              {t(`assessmentKind.${assessment.kind}`)} · {t('assessment.cycle', { cycle: assessment.cycle })} ·{' '}
              {formatDateTime(assessment.createdAt)}
            </span>
          </div>
          <p className="page-subtitle">{editable ? t('assessment.subtitle') : t('assessment.readOnlySubtitle')}</p>
        </div>
      </div>

      <div className="assessment-bar" data-testid="assessment-bar">
        <div className="progress-block">
          <span className="progress-text" data-testid="assessment-progress" data-answered={answered} data-total={total}>
            {t('assessment.progress', { answered, total })}
          </span>
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${total ? (answered / total) * 100 : 0}%` }} />
          </span>
          {toConfirm > 0 && <span className="muted small">{t('assessment.toConfirm', { count: toConfirm })}</span>}
          {dirty.size > 0 && (
            <span className="unsaved-count" data-testid="unsaved-count">
              {t('assessment.unsaved', { count: dirty.size })}
            </span>
          )}
          {/* Confirmations sit in the sticky bar, next to the button that caused them, wherever the page is scrolled. */}
          {(notice === 'saved' || notice === 'confirmed') && dirty.size === 0 && (
            <span className="inline-success" role="status" data-testid="assessment-notice">
              {notice === 'saved' ? t('assessment.saved') : t('assessment.confirmed')}
            </span>
          )}
        </div>
        {editable && (
          <div className="assessment-bar-actions">
            {toConfirm > 0 && (
              <button
                type="button"
                className="button button-secondary"
                data-testid="confirm-all"
                disabled={busy !== null || confirming !== null}
                onClick={() => void handleConfirmAll()}
              >
                {confirming === ALL ? t('assessment.confirming') : t('assessment.confirmAll', { count: toConfirm })}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary"
              data-testid="save-answers"
              disabled={busy !== null || dirty.size === 0}
              onClick={() => void handleSave()}
            >
              {busy === 'save' ? t('common.saving') : t('assessment.save')}
            </button>
            {canSubmit && (
              <button
                type="button"
                className="button button-primary"
                data-testid="submit-assessment"
                disabled={busy !== null}
                onClick={() => void handleSubmit()}
              >
                {busy === 'submit' ? t('assessment.submitting') : t('assessment.submit')}
              </button>
            )}
          </div>
        )}
      </div>

      <div ref={summaryRef} className="assessment-messages">
        {notice === 'incompleteNotSaved' && (
          <div className="banner banner-info" role="status" data-testid="assessment-notice">
            <span className="banner-text">{t('assessment.incompleteNotSaved', { count: localProblems.size })}</span>
          </div>
        )}
        {actionError !== null && (
          <ProblemBanner
            error={actionError}
            testId="submit-errors"
            message={
              problemCount > 0
                ? t('assessment.problemsFound', { count: problemCount })
                : describeActionError(actionError, t)
            }
            action={
              problemCount > 0 ? (
                <button type="button" className="button button-small" onClick={revealFirstProblem}>
                  {t('assessment.goToFirstProblem')}
                </button>
              ) : undefined
            }
          />
        )}
        {problems.other.length > 0 && <OtherProblems problems={problems.other} />}
      </div>

      <EvidencePanel
        systemId={system.id}
        evidence={evidence}
        canAdd={canAddEvidence}
        problems={problems.byEvidenceKind}
        onAdded={(created) =>
          setLoaded((previous) => (previous ? { ...previous, evidence: [...previous.evidence, created] } : previous))
        }
      />

      {groups.map(([frameworkId, requirements]) => {
        const name = frameworkNames.get(frameworkId);
        const done = requirements.filter((r) => {
          const draft = drafts[r.requirementId];
          return draft !== undefined && findDraftProblem(draft) === null;
        }).length;
        return (
          <section
            key={frameworkId}
            className="framework-group"
            aria-labelledby={`framework-${frameworkId}`}
            data-testid="framework-group"
            data-framework={frameworkId}
          >
            <header className="framework-head">
              <h2 className="section-title" id={`framework-${frameworkId}`}>
                {name ? pickLocalized(name) : frameworkId}
              </h2>
              <span className="muted small">
                <code>{frameworkId}</code> ·{' '}
                {t('assessment.groupProgress', { answered: done, total: requirements.length })}
              </span>
            </header>
            <div className="requirement-list">
              {requirements.map((requirement) => (
                <RequirementCard
                  key={requirement.requirementId}
                  requirement={requirement}
                  draft={drafts[requirement.requirementId] ?? toDraft(null, user.id)}
                  dirty={dirty.has(requirement.requirementId)}
                  readOnly={!editable}
                  evidence={evidence}
                  serverProblems={problems.byRequirement.get(requirement.requirementId)}
                  localProblem={localProblems.get(requirement.requirementId) ?? null}
                  confirming={confirming === requirement.requirementId}
                  onChange={handleChange}
                  onConfirm={confirmAnswer}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}

function OtherProblems({ problems }: { problems: FieldProblem[] }) {
  return (
    <div className="banner banner-error" role="alert">
      <ul className="banner-list banner-list-flush">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            {problem.path && <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

function describeActionError(error: unknown, t: Translate): string | undefined {
  if (!isApiError(error)) return undefined;
  // A 409 here means the cycle moved on (submitted elsewhere, or superseded): the page is out of date.
  if (error.status === 409) return t('assessment.outdated');
  return undefined;
}

function buildDrafts(assessment: Assessment, selfId: string): Record<string, AnswerDraft> {
  return Object.fromEntries(assessment.requirements.map((r) => [r.requirementId, toDraft(r.answer, selfId)]));
}

/** Groups by the framework ID prefix (jp-aigb, appi, c30-4 …), keeping the catalog's order. */
function groupByFramework(requirements: Assessment['requirements']): [string, Assessment['requirements']][] {
  const groups = new Map<string, Assessment['requirements']>();
  for (const requirement of requirements) {
    const key = requirement.frameworkId || requirement.requirementId.split(':')[0] || '';
    groups.set(key, [...(groups.get(key) ?? []), requirement]);
  }
  return [...groups];
}

function revealFirstProblem() {
  const first = document.querySelector<HTMLElement>('[data-testid="evidence-problems"], .requirement-card-problem');
  first?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

// The banner renders in the same commit as the state change; scroll once it is on screen.
function revealLater(element: HTMLElement | null) {
  window.setTimeout(() => revealElement(element), 0);
}
