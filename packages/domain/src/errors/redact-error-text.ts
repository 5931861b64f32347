// drizzle's failed-query message (and so the stack) ends with "params: <every bound value>", up to the first stack
// frame: evidence files, answers, e-mail addresses. Anything that logs or forwards an error message removes them.
export const redactErrorText = (text: string): string =>
  text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, '\nparams: [redacted]');
