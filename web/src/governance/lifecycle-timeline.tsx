import { useTranslation } from 'react-i18next';
import { ReferenceLabel } from '../ai-systems/reference-label.js';
import { LifecycleBadge } from '../ai-systems/system-badges.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { useTenant } from '../shell/tenant-context.js';
import { describeTimerKind, describeTransitionAction } from './governance-labels.js';
import type { LifecycleView } from './governance.js';

/** Every recorded transition, newest first, plus what the running workflow is waiting for right now. */
export function LifecycleTimeline({
  lifecycle,
  knownNames,
}: {
  lifecycle: LifecycleView;
  knownNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const { live } = lifecycle;
  // Quorum and decisions describe the current (or just finished) sign-off; in other states they are left over.
  const showDecisions = lifecycle.state === 'signoff' || lifecycle.state === 'active';
  const quorum = showDecisions ? (live?.quorum ?? null) : null;
  const approvals = showDecisions ? (live?.approvals ?? []) : [];
  const transitions = [...lifecycle.transitions].sort((a, b) => b.seq - a.seq);

  return (
    <div className="timeline-block">
      {live && (live.nextTimer || approvals.length > 0 || quorum !== null) && (
        <dl className="live-facts" data-testid="lifecycle-live">
          {quorum !== null && (
            <div>
              <dt>{t('timeline.quorum')}</dt>
              <dd>{t('timeline.quorumValue', { count: quorum })}</dd>
            </div>
          )}
          {approvals.length > 0 && (
            <div>
              <dt>{t('timeline.decisions')}</dt>
              <dd>
                <ul className="plain-list">
                  {approvals.map((approval) => (
                    <li key={approval.signerId}>
                      <PersonLabel id={approval.signerId} names={knownNames} />
                      {': '}
                      {t(`decision.${approval.decision}`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {live.nextTimer && (
            <div>
              <dt>{t('timeline.nextTimer')}</dt>
              <dd data-testid="next-timer">
                {describeTimerKind(live.nextTimer.kind, t)}
                <span className="muted"> · {formatDateTime(live.nextTimer.at)}</span>
              </dd>
            </div>
          )}
        </dl>
      )}

      <h3 className="subsection-title">{t('timeline.title')}</h3>
      {transitions.length === 0 ? (
        <p className="muted small">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="lifecycle-timeline">
          {transitions.map((transition) => (
            <li key={transition.seq} className="timeline-item" data-testid="timeline-item">
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <div className="timeline-line">
                  <strong>{describeTransitionAction(transition.action, t)}</strong>
                  <span className="timeline-states">
                    {transition.fromState && transition.fromState !== transition.toState && (
                      <>
                        <LifecycleBadge state={transition.fromState} />
                        <span aria-hidden="true">→</span>
                      </>
                    )}
                    <LifecycleBadge state={transition.toState} />
                  </span>
                </div>
                <div className="timeline-meta muted small">
                  <span>
                    {transition.actorId === 'system' ? (
                      t('timeline.systemActor')
                    ) : (
                      <PersonLabel id={transition.actorId} names={knownNames} />
                    )}
                  </span>
                  <span aria-hidden="true">·</span>
                  <time dateTime={transition.at}>{formatDateTime(transition.at)}</time>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** "You" for the reader, a name where one is known, otherwise the short reference. */
function PersonLabel({ id, names }: { id: string; names: Map<string, string> }) {
  const { user } = useTenant();
  const name = names.get(id);
  if (id !== user.id && name) return <span title={id}>{name}</span>;
  return <ReferenceLabel id={id} selfId={user.id} />;
}
