import {
  findIncidentsDue,
  readIncidentResponse,
  sendClockAlert,
  type ClockAlertInput,
  type Deps,
  type FindIncidentsDueInput,
  type IncidentRef,
} from '@kizuna/domain';
import { guarded } from './activity-failure.js';

// Activities of incidentResponse. Each calls one domain use-case and is safe to run more than once.
export const createIncidentActivities = (deps: Deps) => ({
  readIncidentResponse: guarded((ref: IncidentRef) => readIncidentResponse(deps, ref)),
  sendClockAlert: guarded((input: ClockAlertInput) => sendClockAlert(deps, input)),
  findIncidentsDue: guarded((input: FindIncidentsDueInput) => findIncidentsDue(deps, input)),
});

export type IncidentActivities = ReturnType<typeof createIncidentActivities>;
