// Shared by every journey: the page clock is fixed at the test day (see `clock.ts`) before any
// page loads, in every context a test opens; and each test fails if the page logs an error (a
// CSP violation is one), throws, or sends a request anywhere but the local server.
import { test as base, expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { TIME, TIME_ZONE, TODAY, instant } from './clock';

/** Starts `context`'s clock at the test day's time of day in `zone`; time then runs on from there. */
async function fixClock(context: BrowserContext, zone: string) {
  await context.clock.install({ time: instant(TODAY, TIME, zone) });
}

export const test = base.extend<{
  guard: string[];
  /** Opens another browser context (another profile) with the same fixed clock and zone. */
  openContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}>({
  context: async ({ context, timezoneId }, use) => {
    await fixClock(context, timezoneId ?? TIME_ZONE);
    await use(context);
  },
  openContext: async ({ browser, timezoneId }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options) => {
      const context = await (browser as Browser).newContext({ timezoneId, ...options });
      await fixClock(context, options?.timezoneId ?? timezoneId ?? TIME_ZONE);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close().catch(() => undefined);
  },
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        const local = url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:';
        if (!local) problems.push(`request outside 127.0.0.1: ${r.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, crashes or outside requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app on an empty profile. */
export async function openEmpty(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
}

/** Loads the example clients from the empty state. */
export async function loadExamples(page: Page) {
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'example clients added' })).toBeVisible();
}

/** The localStorage key of the client named `name`. */
export async function clientKey(page: Page, name: string): Promise<string> {
  const key = await page.evaluate((wanted) => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('clientwise:client:')) continue;
      try {
        if (JSON.parse(localStorage.getItem(key)!).client.name === wanted) return key;
      } catch {
        // not this one
      }
    }
    return null;
  }, name);
  expect(key, `a stored client named ${name}`).not.toBeNull();
  return key!;
}

/** Reads a download's text. */
export async function downloadText(download: import('@playwright/test').Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Every client record in localStorage, by key, as stored (unreadable values included). */
export async function storedRecords(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('clientwise:client:')) out[key] = localStorage.getItem(key)!;
    }
    return out;
  });
}

/**
 * Asserts that every record in `before` is still stored: unchanged, or (where the drill edits
 * it) a later revision of the same client with no entry lost. Prints the drill's one-line
 * summary.
 */
export async function expectRecordsKept(page: Page, before: Record<string, string>, drill: string) {
  const after = await storedRecords(page);
  let entries = 0;
  for (const [key, value] of Object.entries(before)) {
    expect(after[key], `${drill}: ${key} is still stored`).toBeDefined();
    if (after[key] === value) {
      try {
        entries += JSON.parse(value).client.entries.length;
      } catch {
        // an unreadable value kept as it was
      }
      continue;
    }
    const was = JSON.parse(value).client;
    const now = JSON.parse(after[key]).client;
    expect(now.id, `${drill}: ${key} is the same client`).toBe(was.id);
    const ids = new Set(now.entries.map((e: { id: number }) => e.id));
    for (const e of was.entries) expect(ids.has(e.id), `${drill}: entry ${e.id} of ${key} kept`).toBe(true);
    entries += now.entries.length;
  }
  console.log(`drill ✓ ${drill}: ${Object.keys(before).length} client records, ${entries} entries intact`);
}
