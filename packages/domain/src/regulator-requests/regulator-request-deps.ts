import type { Deps } from '../ports.js';
import type { RegulatorRequestReminders } from './regulator-request-ports.js';

// The register's use-cases also drive the request's reminder workflow.
export type RegulatorRequestDeps = Deps & { regulatorRequestReminders: RegulatorRequestReminders };
