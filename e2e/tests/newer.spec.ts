// Data written by a newer Clientwise: the app shows what it can read, explains why it will not
// write, and leaves every stored byte alone.
import { test, expect } from './fixtures';

const v1 = JSON.stringify({
  format: 'clientwise.client',
  version: 1,
  rev: 1,
  client: {
    id: 1,
    name: 'Ada Byron',
    currency: 'EUR',
    contract: {
      payment_terms: { kind: 'days_after_invoice', days: 14 },
      notice_days: 30,
      included_revisions: 2,
      pricing: { kind: 'none' },
    },
    status: 'active',
    next_entry_id: 1,
    entries: [],
  },
});
const v99 = JSON.stringify({ format: 'clientwise.client', version: 99, rev: 1, client: { id: 2, shape: 'unknown' } });

test('data from a newer version opens read-only and is never written', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(
    ([a, b]) => {
      localStorage.clear();
      localStorage.setItem('clientwise:client:1', a);
      localStorage.setItem('clientwise:client:2', b);
    },
    [v1, v99],
  );
  await page.reload();
  const before = await page.evaluate(() => JSON.stringify(localStorage));

  await expect(page.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'saved by a newer version of Clientwise' })).toContainText(
    'data version 99',
  );
  await expect(page.getByRole('link', { name: 'Ada Byron' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add client' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Ada Byron' }).click();
  await expect(page.getByRole('button', { name: 'Add entry' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit client' })).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});
