import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestStack } from '../support/test-stack.js';

export const STEP_TIMEOUT_MS = 15_000;

// Debian's Chromium, headless, with the flags this closed network needs (no background connections).
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type TestStack = Awaited<ReturnType<typeof startTestStack>>;

// The API serving the built web app with the demo tenants, plus one browser whose pages share its base URL.
export const startBrowserSession = async () => {
  const stack: TestStack = await startTestStack();
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  return {
    stack,
    async openPage(options: { locale?: string; stepTimeoutMs?: number; height?: number } = {}): Promise<Page> {
      const context = await browser.newContext({
        locale: options.locale ?? 'en-US',
        baseURL: stack.baseUrl,
        viewport: { width: 1360, height: options.height ?? 860 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(options.stepTimeoutMs ?? STEP_TIMEOUT_MS);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await stack.close();
    },
  };
};

export const submitLogin = async (page: Page, email: string, password: string): Promise<void> => {
  await page.goto('/');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
};
