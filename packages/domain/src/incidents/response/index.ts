// The pure incidentResponse machine (`@kizuna/domain/incidents-response`): workflow code may import this.
export { decideResponse } from './decide-response.js';
export {
  INITIAL_RESPONSE_STATE,
  alertKeyOf,
  type IncidentResponseInput,
  type ResponseClock,
  type ResponseEffect,
  type ResponseEvent,
  type ResponseSnapshot,
  type ResponseState,
  type ResponseTiming,
} from './response-model.js';
