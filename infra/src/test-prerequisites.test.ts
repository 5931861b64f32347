import { afterEach, describe, expect, it } from 'vitest';
import { MissingPrerequisite, chooseInstallRoad, ensureChromium, selectsBrowserSuites } from './test-prerequisites.js';

const silent = { info: () => undefined, warn: () => undefined };

describe('test prerequisites', () => {
  const original = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (original === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = original;
  });

  it('installs as root, through password-less sudo, or names why it cannot', () => {
    expect(chooseInstallRoad({ isRoot: true, hasAptGet: true, hasSudo: false })).toEqual({ kind: 'root' });
    expect(chooseInstallRoad({ isRoot: false, hasAptGet: true, hasSudo: true })).toEqual({ kind: 'sudo' });
    expect(chooseInstallRoad({ isRoot: false, hasAptGet: true, hasSudo: false })).toEqual({
      kind: 'none',
      reason: 'not root and sudo needs a password',
    });
    expect(chooseInstallRoad({ isRoot: true, hasAptGet: false, hasSudo: true }).kind).toBe('none');
  });

  it('asks for Chromium only when the selected files include a browser suite', () => {
    const browser = ['test/browser/signoff.browser.test.ts', 'test/browser/inventory.browser.test.ts'];
    expect(selectsBrowserSuites([], browser)).toBe(true);
    expect(selectsBrowserSuites(['--bail=1'], browser)).toBe(true);
    expect(selectsBrowserSuites(['test/api'], browser)).toBe(false);
    expect(selectsBrowserSuites(['test/'], browser)).toBe(true);
    expect(selectsBrowserSuites(['signoff.browser'], browser)).toBe(true);
  });

  it('refuses a CHROMIUM_PATH that does not run, in one line naming it', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const failure = await ensureChromium(silent).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MissingPrerequisite);
    expect((failure as Error).message).toMatch(/^CHROMIUM_PATH=\/nonexistent\/chromium does not run/);
    expect((failure as Error).message).not.toContain('\n');
  });
});
