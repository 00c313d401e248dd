// The storage card: how much space is used (with a warning at 80%), whether the browser keeps the
// data, and the backup reminder that follows changes and is put off or reset.
import { test, expect, openEmpty, loadExamples } from './fixtures';
import { TODAY, shown } from './clock';

test('usage is measured, and a nearly full store is warned about', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const meter = page.getByRole('meter', { name: 'Space used in this browser' });
  await expect(meter).toBeVisible();
  const used = Number(await meter.getAttribute('aria-valuenow') ?? await meter.getAttribute('value'));
  const measured = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('clientwise:'))
      .reduce((n, k) => n + k.length + localStorage.getItem(k)!.length, 0),
  );
  expect(used).toBe(measured);
  await expect(page.getByText(/MB of about 5 MB used \(\d+%\)\./)).toBeVisible();
  await expect(page.getByText(/The browser (has agreed|may clear)|does not say/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'of the space this browser gives it' })).toHaveCount(0);

  // Something else of Clientwise's (an old copy set aside) fills the store to over 80%.
  await page.evaluate(() => localStorage.setItem('clientwise:quarantine:client:99', 'x'.repeat(4_300_000)));
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'of the space this browser gives it' });
  await expect(warning).toContainText(/using (8\d|9\d)%/);
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toBeHidden();
});

test('the backup reminder follows changes, can be put off, and resets on a backup', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('No backup has been downloaded from this browser yet.')).toBeVisible();
  await page.getByLabel('Remind me after this many changes').fill('3');
  await page.getByRole('button', { name: 'Save reminder' }).click();

  const reminder = page.getByRole('status').filter({ hasText: 'since your last backup' }).or(
    page.getByRole('status').filter({ hasText: 'no backup yet' }),
  );
  await page.getByLabel('Your name').fill('Sam');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(reminder).toHaveCount(0);
  await page.getByLabel('Your business name').fill('Sam Studio');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(reminder).toHaveCount(0);
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(reminder).toContainText('3 changes and no backup yet');

  await reminder.getByRole('button', { name: 'Remind me later' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(reminder).toHaveCount(0);

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await loadExamples(page);
  await expect(reminder).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    reminder.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`clientwise-backup-${TODAY}.json`);
  await expect(reminder).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText(`Last backup from this browser: ${shown(TODAY)}`, { exact: false })).toBeVisible();

  // Turned off, it never shows.
  await page.getByLabel('Remind me after this many changes').fill('0');
  await page.getByLabel('Remind me after this many days').fill('0');
  await page.getByRole('button', { name: 'Save reminder' }).click();
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'example clients added' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
