// Dates keep to the calendar: a day typed into the log is the same day in the log, the scores,
// the letters, the report and the CSV, in whatever time zone the browser is (this journey also
// runs at UTC+14:00 and at UTC-03:30, see playwright.config.ts), and a page left open across
// midnight moves on to the new day by itself.
import { test, expect, openEmpty, downloadText } from './fixtures';
import { TODAY, addDays, daysAgo, instant, shown, wallClock } from './clock';
import type { Page } from '@playwright/test';

const issued = daysAgo(60);
const due = daysAgo(30);
const asked = daysAgo(20);
const answered = daysAgo(15);

async function clientWithAnOverdueInvoice(page: Page) {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Kiri Atoll');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kiri Atoll' })).toBeVisible();

  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  // A new entry is dated today: the test day on the page's own calendar.
  await expect(form.getByLabel('Sent on')).toHaveValue(TODAY);
  await form.getByLabel('Sent on').fill(asked);
  await form.getByLabel('What you asked for').fill('Brand colours');
  await form.getByLabel('Answered on (empty while waiting)').fill(answered);
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Add entry' }).click();
  await form.getByLabel('Kind of entry').selectOption({ label: 'Invoice' });
  await form.getByLabel('Issued on').fill(issued);
  await form.getByLabel('Due on').fill(due);
  await form.getByLabel('Invoice number').fill('KA-01');
  await form.getByLabel('Amount', { exact: true }).fill('1200');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(form).toBeHidden();
}

test('the page runs on the test day, in the test zone', async ({ page, timezoneId }) => {
  await page.goto('/');
  const seen = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      day: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
      time: [now.getHours(), now.getMinutes()],
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  });
  // The test time of day, or just after it where the clocks skip it (a daylight-saving change).
  const wall = wallClock(instant(TODAY, undefined, timezoneId), timezoneId);
  expect(seen.day).toBe(TODAY);
  expect(seen.time).toEqual([wall.hour, wall.minute]);
  expect(seen.zone).toBe(timezoneId);
});

test('a typed date is the same day in the log, the scores, a letter, the report and the CSV', async ({ page }) => {
  await clientWithAnOverdueInvoice(page);

  const log = page.getByRole('list').filter({ has: page.locator('time') }).last();
  for (const day of [issued, asked]) {
    await expect(log.locator(`time[datetime="${day}"]`)).toHaveText(shown(day));
  }
  const nonPaying = page.getByRole('article', { name: 'Non-paying' });
  await expect(nonPaying).toContainText('€1,200.00 overdue, the oldest for 30 days');
  await expect(log.getByText('answered after 5 days', { exact: true })).toBeVisible();

  const next = page.getByRole('region', { name: 'What to do now' });
  await expect(next.getByLabel('Message').first()).toHaveValue(
    new RegExp(`Invoice KA-01 for €1,200\\.00, due ${shown(due)} \\(30 days ago\\)`),
  );

  await page.getByRole('link', { name: 'Reports and exports' }).click();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(TODAY);
  const preview = page.getByRole('region', { name: 'Preview' });
  const row = preview.getByRole('row').filter({ has: page.getByRole('cell', { name: 'KA-01' }) });
  await expect(row).toContainText(shown(issued));
  await expect(row).toContainText(shown(due));
  await expect(row).toContainText('Overdue by 30 days');

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown', exact: true }).click(),
  ]);
  expect(markdown.suggestedFilename()).toContain(`-${TODAY}-`);
  const md = await downloadText(markdown);
  expect(md).toContain(shown(issued));
  expect(md).toContain(shown(due));

  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the log (CSV)', exact: true }).click(),
  ]);
  const csv = await downloadText(csvFile);
  const line = csv.split('\r\n').find((l) => l.includes(',KA-01,'));
  expect(line).toMatch(new RegExp(`^${issued},.*,${due},`));
  expect(csv.split('\r\n').find((l) => l.startsWith(`${asked},`))).toContain(`,${answered},`);
});

test('a page left open across midnight moves on to the new day', async ({ page, timezoneId }) => {
  await clientWithAnOverdueInvoice(page);
  const nonPaying = page.getByRole('article', { name: 'Non-paying' });
  await expect(nonPaying).toContainText('the oldest for 30 days');

  // Straight to one minute past the next local midnight in the page's zone, without a reload.
  await page.clock.fastForward(instant(addDays(TODAY, 1), [0, 1], timezoneId) - instant(TODAY, undefined, timezoneId));
  await expect(nonPaying).toContainText('the oldest for 31 days');
  const next = page.getByRole('region', { name: 'What to do now' });
  await expect(next.getByLabel('Message').first()).toHaveValue(/\(31 days ago\)/);
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByRole('region', { name: 'New entry' }).getByLabel('Sent on')).toHaveValue(addDays(TODAY, 1));
});
