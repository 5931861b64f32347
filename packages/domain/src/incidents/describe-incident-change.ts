import type { TRegulatoryClock, TTimelineEntry } from '@kizuna/contracts';
import type { IncidentFacts } from './incident-ports.js';
import type { ClockResult } from './incident-view.js';

type ClockChange = TTimelineEntry['clockChanges'][number];
type FieldChange = TTimelineEntry['changes'][number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose value differs between two versions of the facts. */
export const diffIncidentFacts = (before: IncidentFacts, after: IncidentFacts): FieldChange[] =>
  (Object.keys(after) as (keyof IncidentFacts)[])
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, from: before[field], to: after[field] }));

/** Clocks that started, stopped or moved, matched by rule id. */
export const diffClocks = (before: TRegulatoryClock[], after: TRegulatoryClock[]): ClockChange[] => {
  const changes: ClockChange[] = [];
  for (const clock of after) {
    const old = before.find((c) => c.ruleId === clock.ruleId);
    if (!old) changes.push({ kind: clock.kind, ruleId: clock.ruleId, from: null, to: clock.dueAt, change: 'started' });
    else if (old.dueAt !== clock.dueAt)
      changes.push({ kind: clock.kind, ruleId: clock.ruleId, from: old.dueAt, to: clock.dueAt, change: 'moved' });
  }
  for (const clock of before) {
    if (!after.some((c) => c.ruleId === clock.ruleId))
      changes.push({ kind: clock.kind, ruleId: clock.ruleId, from: clock.dueAt, to: null, change: 'stopped' });
  }
  return changes;
};

const dueOf = (at: string | null) => (at ? `due ${at.slice(0, 10)}` : 'promptly, no date');

const describeClock = (c: ClockChange): string => {
  if (c.change === 'started') return `${c.ruleId} started (${dueOf(c.to)})`;
  if (c.change === 'stopped') return `${c.ruleId} stopped`;
  return `${c.ruleId} moved from ${c.from?.slice(0, 10)} to ${c.to?.slice(0, 10)}`;
};

/** Why the clocks moved, in words: the facts behind it (awareness, triggers, exemption), then each clock's change. */
export const explainClockChange = (
  before: Pick<IncidentFacts, 'awareAt'> & ClockResult,
  after: Pick<IncidentFacts, 'awareAt'> & ClockResult,
  changes: ClockChange[],
): string => {
  const causes: string[] = [];
  const was = before.reportability;
  const now = after.reportability;
  if (!was.reportable && now.reportable) causes.push(`now reportable under ${now.ruleId} (${now.basis.join(', ')})`);
  else if (was.reportable && !now.reportable)
    causes.push(
      `no longer reportable under ${now.ruleId}${now.exemption ? ` (exempt: ${now.exemption})` : ' (no trigger is met)'}`,
    );
  else if (now.reportable && !same(was.basis, now.basis))
    causes.push(`triggers now ${now.basis.join(', ')} (were ${was.basis.join(', ')})`);
  if (before.awareAt !== after.awareAt && now.reportable)
    causes.push(`awareAt moved from ${before.awareAt} to ${after.awareAt}, and every clock runs from it`);
  if (changes.length === 0) return causes.length ? `${causes.join('; ')}; the clocks stay as they were` : '';
  return `${causes.length ? `${causes.join('; ')}: ` : ''}${changes.map(describeClock).join('; ')}`;
};

/** The note of the entry recording the creation: what the clocks are and why. */
export const explainInitialClocks = (result: ClockResult): string => {
  const r = result.reportability;
  if (r.reportable) {
    const clocks = result.clocks.map((c) => `${c.ruleId} (${dueOf(c.dueAt)})`).join('; ');
    return `Incident recorded; reportable under ${r.ruleId} (${r.basis.join(', ')}): ${clocks}`;
  }
  if (r.exemption) return `Incident recorded; not reportable under ${r.ruleId} (exempt: ${r.exemption})`;
  return 'Incident recorded; no regulatory clock runs';
};
