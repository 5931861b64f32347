// The pure part of regulator-request reminders, which the workflow bundle imports as
// `@kizuna/domain/regulator-request-reminders`: no I/O, no clock, no randomness.
export * from './reminder-model.js';
export { alertKeyOf, mergeSchedule, nextReminderStep } from './next-reminder-step.js';
