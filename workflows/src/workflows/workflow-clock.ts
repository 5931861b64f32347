// Inside the Temporal sandbox `Date` is replaced by workflow time, which replays identically. This is the one
// sanctioned clock read in workflow code; lint forbids it everywhere else.
export const workflowNow = (): number => Date.now(); // eslint-disable-line no-restricted-properties
