import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, submitLogin } from './chromium-session.js';

// Issue 7 §8 through the built SPA and the real API: an officer records a breach of more than 1,000 people, sees the
// APPI clocks on the incident page and the board, and gets a PPC report draft. Generous timeouts: two shared cores.

const TEST_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 30_000;
const HOUR_MS = 3_600_000;

let session: Awaited<ReturnType<typeof startBrowserSession>> | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
}, 180_000);

afterAll(async () => {
  await session?.close();
}, 60_000);

async function openPage(): Promise<Page> {
  if (!session) throw new Error('test stack did not start');
  return session.openPage({ stepTimeoutMs: STEP_TIMEOUT_MS, height: 1000 });
}

// A `datetime-local` value in this machine's zone, which is also the browser's.
function localInput(msAgo: number): string {
  const d = new Date(Date.now() - msAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe('web app: incidents', () => {
  it(
    'when an officer records a breach of 1,500 people, then the page and the board show its APPI clocks and the report draft is prefilled',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const page = await openPage();
      await submitLogin(page, 'officer@acme.example', session!.stack.demoPassword);
      await page.getByTestId('inventory-table').waitFor();
      await page.getByTestId('next-deadline').waitFor();

      await page.getByTestId('nav-incidents').click();
      await page.getByTestId('record-incident').click();
      const title = `Order history exposed ${Date.now()}`;
      await page.getByTestId('incident-form-title').fill(title);
      await page.getByTestId('incident-form-description').fill('A cache served one customer the orders of others.');
      await page.getByTestId('incident-form-severity').selectOption('high');
      await page.getByTestId('incident-form-category-security').check();
      await page.getByTestId('incident-form-category-personal_data_breach').check();
      await page.getByTestId('personal-data-fields').waitFor();
      await page.getByTestId('incident-form-affected-count').fill('1500');
      const system = page.getByTestId('incident-form-system').first();
      await system.check();
      const systemId = await system.getAttribute('data-system-id');

      // Aware before detected: the API refuses it, and its message stands next to the field it names.
      await page.getByTestId('incident-form-detectedAt').fill(localInput(2 * HOUR_MS));
      await page.getByTestId('incident-form-awareAt').fill(localInput(3 * HOUR_MS));
      await page.getByTestId('incident-form-submit').click();
      const awareError = page.getByTestId('field-error-awareAt');
      await awareError.waitFor();
      expect(await awareError.textContent()).toMatch(/detectedAt/);
      expect(page.url()).toMatch(/\/incidents\/new$/);

      await page.getByTestId('incident-form-awareAt').fill(localInput(HOUR_MS));
      await page.getByTestId('incident-form-submit').click();
      await page.getByTestId('incident-title').waitFor();
      expect((await page.getByTestId('incident-title').textContent())?.trim()).toBe(title);
      expect(page.url()).toMatch(/\/incidents\/[0-9a-f-]{36}$/);

      const reportability = page.getByTestId('reportability');
      expect(await reportability.getAttribute('data-reportable')).toBe('true');
      await reportability.locator('[data-trigger="over_1000_people"]').waitFor();
      expect(await reportability.textContent()).toMatch(/More than 1,000 people/);

      const preliminary = page.locator('[data-testid="clock"][data-kind="appi_preliminary"]');
      const final = page.locator('[data-testid="clock"][data-kind="appi_final"]');
      expect(await preliminary.getAttribute('data-nature')).toBe('guidance');
      expect(await final.getAttribute('data-nature')).toBe('limit');
      expect(await final.getByTestId('clock-rule').textContent()).toBe('appi:art26/final');
      // Aware an hour ago: 30 days counted from the next Tokyo day leave 29 or 30 days on the countdown.
      expect(await final.getByTestId('clock-countdown').textContent()).toMatch(/^(29|30) d \d+ h left$/);
      expect(await final.getByTestId('clock-due').textContent()).toMatch(/Japan time/);
      expect(await preliminary.getByTestId('clock-countdown').getAttribute('data-state')).toBe('counting');
      expect(await page.locator('[data-testid="clock"][data-kind="appi_data_subject_notice"]').count()).toBe(1);
      expect(await page.getByTestId('incident-system-link').first().getAttribute('href')).toContain(systemId!);
      await page.screenshot({ path: '/tmp/kizuna-incident.png', fullPage: true });

      // The officer files the preliminary report: the clock stops and says when and how it was filed.
      await preliminary.getByTestId('file-clock').click();
      await preliminary.getByTestId('filing-channel').selectOption('ppc_online_form');
      await preliminary.getByTestId('filing-reference').fill('PPC-2026-0042');
      await preliminary.getByTestId('filing-submit').click();
      await page.locator('[data-testid="clock"][data-kind="appi_preliminary"][data-status="filed"]').waitFor();
      expect(await preliminary.getByTestId('clock-countdown').getAttribute('data-state')).toBe('filed');
      expect(await preliminary.getByTestId('clock-filing').textContent()).toMatch(
        /PPC online form[\s\S]*PPC-2026-0042/,
      );
      expect(await final.getAttribute('data-status')).toBe('open');

      await page.getByTestId('report-draft-link').click();
      await page.getByTestId('report-draft-notice').waitFor();
      expect(await page.getByTestId('report-item').count()).toBe(9);
      expect(await page.locator('[data-item="people"] [data-testid="report-item-text"]').textContent()).toMatch(
        /1,500 people/,
      );
      await page.locator('[data-item="cause"] [data-testid="report-item-blank"]').waitFor();
      await page.goBack();
      await page.getByTestId('incident-title').waitFor();

      await page.getByTestId('nav-incidents').click();
      const row = page.locator('[data-testid="incident-row"]', { hasText: title });
      await row.waitFor();
      expect(
        await row.locator('[data-testid="board-clock"][data-kind="appi_preliminary"]').getAttribute('data-status'),
      ).toBe('filed');
      const filed = row.locator(
        '[data-testid="board-clock"][data-kind="appi_preliminary"] [data-testid="clock-countdown"]',
      );
      expect(await filed.textContent()).toMatch(/^Filed /);
      const boardClock = row.locator('[data-testid="board-clock"][data-kind="appi_final"]');
      expect(await boardClock.getByTestId('clock-countdown').textContent()).toMatch(/\d+ d \d+ h left/);

      // Filters live in the URL: a severity that does not match hides the row, and a reload keeps the choice.
      await page.getByTestId('filter-severity').selectOption('low');
      await page.waitForURL(/severity=low/);
      await row.waitFor({ state: 'detached' });
      await page.reload();
      expect(await page.getByTestId('filter-severity').inputValue()).toBe('low');
      await page.getByTestId('filter-severity').selectOption('');
      await row.waitFor();

      await page.getByTestId('lang-switcher').selectOption('ja');
      await page.getByRole('heading', { name: 'インシデント', exact: true }).waitFor();
      expect(await boardClock.getByTestId('clock-countdown').textContent()).toMatch(/残り\d+日\d+時間/);
    },
  );

  it(
    'when someone else changes the incident during an edit, then saving says so and offers a reload',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const first = await openPage();
      await submitLogin(first, 'officer@acme.example', session!.stack.demoPassword);
      await first.getByTestId('inventory-table').waitFor();
      await first.getByTestId('nav-incidents').click();
      await first.getByTestId('record-incident').click();
      await first.getByTestId('incident-form-title').fill(`Biased ranking ${Date.now()}`);
      await first.getByTestId('incident-form-description').fill('Ranking favoured one group.');
      await first.getByTestId('incident-form-category-bias').check();
      await first.getByTestId('incident-form-submit').click();
      await first.getByTestId('incident-title').waitFor();
      const url = first.url();

      await first.getByTestId('edit-incident').click();
      const second = await openPage();
      await submitLogin(second, 'officer@acme.example', session!.stack.demoPassword);
      await second.getByTestId('inventory-table').waitFor();
      await second.goto(url);
      await second.getByTestId('edit-incident').click();
      await second.getByTestId('incident-form-title').fill('Biased ranking (renamed)');
      await second.getByTestId('incident-form-submit').click();
      await second.getByRole('heading', { name: 'Biased ranking (renamed)' }).waitFor();

      await first.getByTestId('incident-form-description').fill('Ranking favoured one group of sellers.');
      await first.getByTestId('incident-form-submit').click();
      await first.getByTestId('conflict-banner').waitFor();
      await first.getByTestId('conflict-banner').getByRole('button').click();
      await first.getByRole('heading', { name: 'Biased ranking (renamed)' }).waitFor();
    },
  );
});
