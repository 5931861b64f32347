import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, submitLogin } from './chromium-session.js';

// End-to-end through the real API serving the built SPA (web/dist): login, inventory, detail, i18n.
// Timeouts are generous because CI machines here have two cores and Chromium competes with Postgres.

const TEST_TIMEOUT_MS = 30_000;
const SCREENSHOT_PATH = '/tmp/kizuna-inventory.png';

let session: Awaited<ReturnType<typeof startBrowserSession>> | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
}, 120_000);

afterAll(async () => {
  await session?.close();
}, 60_000);

async function openPage(): Promise<Page> {
  if (!session) throw new Error('test stack did not start');
  return session.openPage();
}

describe('web app: inventory', () => {
  it(
    'shows the inventory to an officer, opens a system, and keeps a Japanese choice across reloads',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await openPage();
      await submitLogin(page, 'officer@acme.example', session!.stack.demoPassword);

      const table = page.getByTestId('inventory-table');
      await table.waitFor();
      expect(page.url()).toMatch(/\/t\/[^/]+\/ai-systems$/);
      const rows = page.getByTestId('inventory-row');
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      await page.getByTestId('lang-switcher').waitFor();
      await page.getByTestId('tenant-switcher').waitFor();
      await page.screenshot({ path: SCREENSHOT_PATH });

      const firstLink = rows.first().getByRole('link');
      const systemName = (await firstLink.textContent())?.trim();
      expect(systemName).toBeTruthy();
      await firstLink.click();
      const heading = page.getByTestId('system-name-heading');
      await heading.waitFor();
      expect((await heading.textContent())?.trim()).toBe(systemName);
      expect(page.url()).toMatch(/\/t\/[^/]+\/ai-systems\/[^/]+$/);
      expect(await page.getByRole('heading', { name: 'Overview', exact: true }).count()).toBe(1);

      await page.getByTestId('lang-switcher').selectOption('ja');
      await page.getByRole('heading', { name: '概要', exact: true }).waitFor();
      expect(await page.getByRole('heading', { name: 'Overview', exact: true }).count()).toBe(0);
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');

      // The choice is stored, so it wins over the browser's en-US after a reload.
      await page.reload();
      await page.getByTestId('system-name-heading').waitFor();
      await page.getByRole('heading', { name: '概要', exact: true }).waitFor();
      expect(await page.getByRole('heading', { name: 'Overview', exact: true }).count()).toBe(0);
      expect(await page.getByTestId('lang-switcher').inputValue()).toBe('ja');
    },
  );

  it('shows an error and stays on the login form for a wrong password', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await openPage();
    await submitLogin(page, 'officer@acme.example', `${session!.stack.demoPassword}-wrong`);

    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).toMatch(/incorrect|too many/i);
    expect(await page.getByTestId('inventory-table').count()).toBe(0);
    expect(await page.getByTestId('login-submit').isVisible()).toBe(true);
  });
});
