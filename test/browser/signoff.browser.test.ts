import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, submitLogin } from './chromium-session.js';

// The governance loop through the built SPA and the real API, Postgres and Temporal: an owner registers a system,
// determines its roles, fills and submits the assessment in the browser; an executive signs it off from the inbox.
// Timeouts are generous: two cores shared by Chromium, Postgres, Temporal and the worker.

const TEST_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 30_000;
const SCREENSHOT_DIR = '/tmp';

let session: Awaited<ReturnType<typeof startBrowserSession>> | undefined;

beforeAll(async () => {
  session = await startBrowserSession();
}, 180_000);

afterAll(async () => {
  await session?.close();
}, 60_000);

async function openPage(): Promise<Page> {
  if (!session) throw new Error('test stack did not start');
  return session.openPage({ stepTimeoutMs: STEP_TIMEOUT_MS, height: 900 });
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await submitLogin(page, email, password);
  await page.getByTestId('inventory-table').waitFor();
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-email').waitFor();
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Answers one requirement card the way an owner would, choosing from what the card itself offers. */
async function answerRequirement(card: Locator, plan: 'comply' | 'explain' | 'gap' | 'not-applicable') {
  if (plan === 'comply') {
    await card.getByTestId('answer-complies').check();
    await card.getByTestId('evidence-option').first().check();
  } else if (plan === 'explain') {
    await card.getByTestId('answer-explains').check();
    await card
      .getByTestId('answer-rationale')
      .fill('A dedicated test suite is not proportionate for this internal tool.');
    await card.getByTestId('answer-compensating').fill('Quarterly sampling of outcomes by the operations team.');
  } else if (plan === 'gap') {
    await card.getByTestId('answer-gap').check();
    await card.getByTestId('answer-remediation').fill('Write and publish the procedure before go-live.');
    await card.getByTestId('owner-me').check();
    await card.getByTestId('answer-due-date').fill(isoDateInDays(30));
  } else {
    await card.getByTestId('answer-not_applicable').check();
    await card.getByTestId('answer-reason').fill('Out of scope: the system only ranks internal tickets.');
  }
}

describe('web app: the governance loop', () => {
  it(
    'lets an owner assess and submit a system in the browser, and an executive approve it from the inbox',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const password = session!.stack.demoPassword;
      const systemName = `Ticket triage ${Date.now()}`;

      // --- The owner registers a minimal medium-tier system (one factor: automated decisions about people).
      const owner = await openPage();
      await logIn(owner, 'owner@acme.example', password);
      await owner.getByTestId('register-system').click();
      await owner.getByTestId('form-name').fill(systemName);
      await owner.getByTestId('form-purpose').fill('Routes internal support tickets to the right team.');
      await owner.getByTestId('form-flag-automatedDecisions').check();
      await owner.getByTestId('form-submit').click();
      await owner.getByTestId('system-name-heading').waitFor();
      expect((await owner.getByTestId('system-name-heading').textContent())?.trim()).toBe(systemName);
      const systemId = /\/ai-systems\/([^/]+)$/.exec(owner.url())?.[1];
      expect(systemId).toBeTruthy();
      expect(await owner.getByTestId('system-state-badge').getAttribute('data-state')).toBe('draft');

      // --- Role questionnaire: used in own operations only → business user.
      const questionnaire = owner.getByTestId('role-questionnaire');
      await questionnaire.waitFor();
      await owner.getByTestId('role-trainsOrFineTunes-no').check();
      await owner.getByTestId('role-offersToOthers-no').check();
      await owner.getByTestId('role-usesInOwnOperations-yes').check();
      await owner.getByTestId('role-submit').click();
      await owner.getByTestId('role-determination').waitFor();
      expect(await owner.getByTestId('determined-role').allTextContents()).toEqual(['AI business user']);
      await owner.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-system-draft.png`, fullPage: true });

      // --- Start the assessment: the page moves to the questionnaire of the new cycle.
      const start = owner.getByTestId('start-assessment');
      await expect.poll(() => start.isEnabled(), { timeout: STEP_TIMEOUT_MS }).toBe(true);
      await start.click();
      await owner.waitForURL(/\/assessments\/[^/]+$/);
      const progress = owner.getByTestId('assessment-progress');
      await progress.waitFor();
      const total = Number(await progress.getAttribute('data-total'));
      expect(total).toBeGreaterThan(5);
      expect(await owner.getByTestId('framework-group').count()).toBeGreaterThanOrEqual(2);

      // Submitting with nothing answered is refused, with a message next to every requirement.
      await owner.getByTestId('submit-assessment').click();
      await owner.getByTestId('submit-errors').waitFor();
      expect(await owner.getByTestId('requirement-error').count()).toBe(total);
      await owner.getByTestId('evidence-problems').waitFor();

      // --- Evidence: a small file (read as base64 in the browser) and two links.
      await owner.getByTestId('evidence-kind').selectOption('model_card');
      await owner.getByTestId('evidence-title').fill('Model card v1');
      await owner.getByTestId('evidence-source-file').check();
      await owner.getByTestId('evidence-file').setInputFiles({
        name: 'model-card.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# Ticket triage\n\nGradient-boosted classifier over ticket text.\n'),
      });
      await owner.getByTestId('evidence-upload').click();
      await owner.getByTestId('evidence-added').waitFor();
      for (const [kind, title] of [
        ['user_notice', 'Notice to staff'],
        ['other', 'Operating manual'],
      ] as const) {
        const before = await owner.getByTestId('evidence-item').count();
        await owner.getByTestId('evidence-kind').selectOption(kind);
        await owner.getByTestId('evidence-title').fill(title);
        await owner.getByTestId('evidence-source-url').check();
        await owner.getByTestId('evidence-url').fill(`https://docs.example.test/${kind}`);
        await owner.getByTestId('evidence-upload').click();
        await expect.poll(() => owner.getByTestId('evidence-item').count()).toBe(before + 1);
      }
      expect(await owner.getByTestId('evidence-item').count()).toBe(3);

      // --- Answer every requirement: comply where fitting evidence exists, one explanation, one gap, else n/a.
      const cards = owner.getByTestId('requirement');
      expect(await cards.count()).toBe(total);
      const uploaded = new Set(['model_card', 'user_notice', 'other']);
      let explained = false;
      let gapRecorded = false;
      for (let index = 0; index < total; index += 1) {
        const card = cards.nth(index);
        const expected = ((await card.getAttribute('data-expected-evidence')) ?? '').split(',').filter(Boolean);
        if (expected.length === 0 || expected.some((kind) => uploaded.has(kind))) {
          await answerRequirement(card, 'comply');
        } else if (!explained) {
          await answerRequirement(card, 'explain');
          explained = true;
        } else if (!gapRecorded) {
          await answerRequirement(card, 'gap');
          gapRecorded = true;
        } else {
          await answerRequirement(card, 'not-applicable');
        }
      }
      expect(explained && gapRecorded).toBe(true);
      expect(await progress.getAttribute('data-answered')).toBe(String(total));

      await owner.getByTestId('save-answers').click();
      await owner.getByTestId('assessment-notice').waitFor();
      expect(await owner.getByTestId('unsaved-count').count()).toBe(0);
      await owner.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-assessment.png` });

      await owner.getByTestId('submit-assessment').click();
      await owner.waitForURL(new RegExp(`/ai-systems/${systemId}$`));
      const ownerBadge = owner.getByTestId('system-state-badge');
      await expect.poll(() => ownerBadge.getAttribute('data-state')).toBe('signoff');
      expect((await ownerBadge.textContent())?.trim()).toBe('Awaiting sign-off');
      await owner.getByTestId('risk-factor').first().waitFor();
      await owner.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-system-signoff.png`, fullPage: true });
      await logOut(owner);

      // --- The executive: notification, inbox, decision form.
      const exec = await openPage();
      await logIn(exec, 'exec@acme.example', password);
      await exec.getByTestId('nav-signoffs-count').waitFor();
      await exec.getByTestId('notification-bell').click();
      await exec.locator('[data-testid="notification-item"][data-kind="signoff_requested"]').first().waitFor();
      await exec.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-notifications.png` });
      await exec.keyboard.press('Escape');

      await exec.getByTestId('nav-signoffs').click();
      const row = exec.locator(`[data-testid="inbox-row"][data-system-id="${systemId}"]`);
      await row.waitFor();
      await exec.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-inbox.png` });
      await row.getByTestId('inbox-row-link').click();

      await exec.getByTestId('decision-form').waitFor();
      expect(await exec.getByTestId('snapshot-hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
      expect(await exec.getByTestId('risk-factor').count()).toBeGreaterThan(0);
      expect(await exec.getByTestId('answer-review').count()).toBe(total);
      const hash = (await exec.getByTestId('snapshot-hash').textContent()) ?? '';
      expect(await exec.getByTestId('attestation-text').textContent()).toContain(hash);

      await exec.getByTestId('decision-approve').check();
      await exec.getByTestId('attestation-checkbox').check();

      // A wrong password is refused at the field and leaves the signer signed in and on the form.
      await exec.getByTestId('signoff-password').fill(`${password}-wrong`);
      await exec.getByTestId('signoff-submit').click();
      await exec.getByTestId('signoff-password-error').waitFor();
      expect(await exec.getByTestId('decision-form').isVisible()).toBe(true);
      expect(await exec.getByTestId('login-email').count()).toBe(0);

      await exec.getByTestId('signoff-password').fill(password);
      await exec.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-decision.png`, fullPage: true });
      await exec.getByTestId('signoff-submit').click();
      const result = exec.getByTestId('signoff-result');
      await result.waitFor();
      expect(await result.getAttribute('data-state')).toBe('active');
      expect((await exec.getByTestId('result-approvals').textContent())?.trim()).toBe('1 / 1');
      await exec.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-decision-result.png` });

      // --- The system page now shows the system active, in English and in Japanese.
      await exec.getByTestId('result-system-link').click();
      const badge = exec.getByTestId('system-state-badge');
      await badge.waitFor();
      expect(await badge.getAttribute('data-state')).toBe('active');
      expect((await badge.textContent())?.trim()).toBe('Active');
      await exec.getByTestId('lang-switcher').selectOption('ja');
      await expect.poll(async () => (await badge.textContent())?.trim()).toBe('運用中');
      await exec.getByTestId('timeline-item').first().waitFor();
      expect(await exec.getByTestId('timeline-item').count()).toBe(3);
      await exec.screenshot({ path: `${SCREENSHOT_DIR}/kizuna-system-active-ja.png`, fullPage: true });
    },
  );
});
