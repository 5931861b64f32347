import { sendRegulatorRequestAlert, type Deps, type RegulatorRequestAlertInput } from '@kizuna/domain';
import { guarded } from './activity-failure.js';

// Activities of regulatorRequestReminders. Each calls one domain use-case and is safe to run more than once (the
// alert key is unique in the database).
export const createRegulatorRequestActivities = (deps: Deps) => ({
  sendRegulatorRequestAlert: guarded((input: RegulatorRequestAlertInput) => sendRegulatorRequestAlert(deps, input)),
});

export type RegulatorRequestActivities = ReturnType<typeof createRegulatorRequestActivities>;
