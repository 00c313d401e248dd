// A client record damaged by hand (or by a crash, or a broken extension): every other client
// still loads, the user is told in plain words, and the damaged value is kept, byte for byte.
import { test, expect, openEmpty, loadExamples, clientKey, downloadText } from './fixtures';

const garbage = '{"format":"clientwise.client","version":1,"rev":3,"client":{"id":';

test('a corrupt client key is set aside and everything else loads', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const key = await clientKey(page, 'Tom Brightside');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, garbage]);
  await page.reload();

  const table = page.getByRole('table');
  for (const name of ['Maya Lindqvist', 'Jonas Nordlys', 'Vera Castell', 'Ilse Oakley']) {
    await expect(table.getByRole('link', { name })).toBeVisible();
  }
  await expect(table.getByRole('link', { name: 'Tom Brightside' })).toHaveCount(0);
  const alert = page.getByRole('alert').filter({ hasText: 'A saved client could not be read' });
  await expect(alert).toContainText('An exact copy is kept aside');
  await expect(alert).toContainText('It is not valid JSON');

  // The value is untouched, and an identical copy sits in quarantine.
  const stored = await page.evaluate((k) => {
    const copies = Object.keys(localStorage).filter((q) => q.startsWith('clientwise:quarantine:'));
    return { original: localStorage.getItem(k), copies: copies.map((q) => localStorage.getItem(q)) };
  }, key);
  expect(stored.original).toBe(garbage);
  expect(stored.copies).toEqual([garbage]);

  // The user can take the damaged value away with them.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the unreadable record' }).click(),
  ]);
  expect(await downloadText(download)).toBe(garbage);

  // New work gets a fresh id and never lands on the damaged key.
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Fresh start');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fresh start' })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(garbage);
  expect(await clientKey(page, 'Fresh start')).not.toBe(key);

  // Reloading reports it again without piling up copies.
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'A saved client could not be read' })).toBeVisible();
  const copies = await page.evaluate(
    () => Object.keys(localStorage).filter((q) => q.startsWith('clientwise:quarantine:')).length,
  );
  expect(copies).toBe(1);
});
