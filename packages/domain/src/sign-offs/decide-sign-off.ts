import type { TSignOffRequest } from '@kizuna/contracts';
import { abilityOf, type RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { AppError } from '../errors/app-error.js';
import { verifyPassword } from '../identity/password.js';
import { reserveAttempts } from '../identity/reserve-attempts.js';
import { computeRiskTier } from '../policy/compute-risk-tier.js';
import { approverRoleFor } from '../policy/resolve-tier-policy.js';
import type { GovernanceDeps } from '../ports.js';
import { ownedBy } from '../inventory/owned-by.js';
import { sendLifecycleUpdate } from '../lifecycle/send-lifecycle-update.js';

export const FRESH_AUTH_WINDOW_MS = 5 * 60 * 1000;

// Wrong step-up passwords per person before sign-off by password is locked for the rest of the window. Only the
// session's own holder reaches this, so locking cannot be used against someone else; logging in afresh (which has
// its own throttle) still signs by recent login.
export const STEP_UP_LIMIT = { maxAttempts: 5, windowSeconds: 15 * 60 };

// An executive's decision. Fresh authentication first (the password again, or a login in the last 5 minutes),
// then CASL (segregation of duties is its last rule), then the workflow, which re-checks SoD, a second decision
// by the same person, and a stale snapshot.
export const decideSignOff = async (
  deps: GovernanceDeps,
  ctx: RequestContext,
  input: { systemId: string; request: TSignOffRequest; sessionAuthenticatedAt: number | null },
) => {
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign-off needs a person, not an API key');
  const { actor } = ctx;
  const user = await deps.control.users.findById(actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Session is no longer valid');
  const now = deps.now().getTime();
  let authMethod: 'password' | 'recent_login';
  let authenticatedAt: number;
  if (input.request.password !== undefined) {
    const stepUpKey = `step-up:${user.id}`;
    // Counted before the check, so a stolen session cannot run guesses in parallel past the limit.
    await reserveAttempts(deps.control.attempts, [{ key: stepUpKey, limit: STEP_UP_LIMIT }]);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.request.password))) {
      throw new AppError('FRESH_AUTH_REQUIRED', 'The password is not correct');
    }
    await deps.control.attempts.reset(stepUpKey);
    authMethod = 'password';
    authenticatedAt = now;
  } else if (input.sessionAuthenticatedAt !== null && now - input.sessionAuthenticatedAt <= FRESH_AUTH_WINDOW_MS) {
    authMethod = 'recent_login';
    authenticatedAt = input.sessionAuthenticatedAt;
  } else {
    throw new AppError('FRESH_AUTH_REQUIRED', 'Enter your password again to sign');
  }
  const { request } = input;
  return sendLifecycleUpdate(
    deps,
    ctx,
    input.systemId,
    'decide',
    {
      signerName: user.displayName,
      signerRoles: actor.roles,
      assessmentId: request.assessmentId,
      decision: request.decision,
      snapshotHash: request.snapshotHash,
      attestation: request.attestation,
      comment: request.comment ?? null,
      conditions: request.conditions,
      authMethod,
      authenticatedAt: new Date(authenticatedAt).toISOString(),
    },
    async (system, repos) => {
      const assessment = await repos.assessments.findById(request.assessmentId);
      if (!assessment || assessment.systemId !== system.id) throw new AppError('NOT_FOUND', 'Assessment not found');
      // The tier the assessment was sealed with names its approver (the system's current tier before it is sealed).
      const tier = assessment.risk?.tier ?? computeRiskTier(system.profile).tier;
      // CASL's inverted rule turns a decision on one's own submission into SEGREGATION_OF_DUTIES.
      authorize(abilityOf(ctx), 'decide', 'SignOff', {
        ...ownedBy(system),
        submittedBy: assessment.submittedBy ?? '',
        approverRole: approverRoleFor(tier),
      });
    },
  );
};
