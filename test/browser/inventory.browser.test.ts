import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../support/test-stack.js';

// End-to-end through the real API serving the built SPA (web/dist): login, inventory, detail, i18n.
// Timeouts are generous because CI machines here have two cores and Chromium competes with Postgres.

const TEST_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 15_000;
const SCREENSHOT_PATH = '/tmp/kizuna-inventory.png';

type TestStack = Awaited<ReturnType<typeof startTestStack>>;

let stack: TestStack | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await stack?.close();
}, 60_000);

async function openPage(): Promise<Page> {
  if (!browser || !stack) throw new Error('test stack did not start');
  const context = await browser.newContext({
    locale: 'en-US',
    baseURL: stack.baseUrl,
    viewport: { width: 1360, height: 860 },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  return page;
}

async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('web app: inventory', () => {
  it(
    'shows the inventory to an officer, opens a system, and keeps a Japanese choice across reloads',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await openPage();
      await submitLogin(page, 'officer@acme.example', stack!.demoPassword);

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
    await submitLogin(page, 'officer@acme.example', `${stack!.demoPassword}-wrong`);

    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect((await error.textContent())?.trim()).toMatch(/incorrect|too many/i);
    expect(await page.getByTestId('inventory-table').count()).toBe(0);
    expect(await page.getByTestId('login-submit').isVisible()).toBe(true);
  });
});
