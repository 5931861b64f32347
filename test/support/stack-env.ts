// What the global setup hands every test file (through vitest's provide/inject).
export type StackEnv = {
  ownerUrl: string;
  appUrl: string;
  appRole: string;
  temporalAddress: string;
  temporalNamespace: string;
  workflowBundlePath: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackEnv;
  }
}
