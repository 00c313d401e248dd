// A full storage quota: the edit stays on screen, the user is told at once and can download
// everything, and what was stored before is untouched.
import { test, expect, openEmpty, loadExamples, downloadText } from './fixtures';

test('a refused write keeps the edit in memory and offers a backup', async ({ page }) => {
  // Every browser names this error differently; Chrome's name is the common one.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { fullQuota?: boolean }).fullQuota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Maya Lindqvist' }).click();
  const before = await page.evaluate(() => JSON.stringify(localStorage));

  await page.evaluate(() => ((window as unknown as { fullQuota: boolean }).fullQuota = true));
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: 'Note' });
  await form.getByLabel('Note', { exact: true }).fill('Written while the disk was full');
  await form.getByRole('button', { name: 'Save entry' }).click();

  const alert = page.getByRole('alert').filter({ hasText: "The browser's storage is full" });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Written while the disk was full', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const backup = JSON.parse(await downloadText(download));
  expect(backup.format).toBe('clientwise.backup');
  expect(backup.clients).toHaveLength(5);
  expect(JSON.stringify(backup)).toContain('Written while the disk was full');

  // With room again, the next save stores everything, the earlier edit included.
  await page.evaluate(() => ((window as unknown as { fullQuota: boolean }).fullQuota = false));
  await page.getByRole('button', { name: 'Add entry' }).click();
  await form.getByLabel('Kind of entry').selectOption({ label: 'Note' });
  await form.getByLabel('Note', { exact: true }).fill('Space again');
  await form.getByRole('button', { name: 'Save entry' }).click();
  await expect(alert).toBeHidden();
  await page.reload();
  await expect(page.getByText('Written while the disk was full', { exact: true })).toBeVisible();
  await expect(page.getByText('Space again', { exact: true })).toBeVisible();
});
