// The heart of the product: each client's three scores with the dated evidence behind them, a
// verdict, and all of it updated the moment a new entry is logged.
import { test, expect, openEmpty, loadExamples } from './fixtures';
import { daysAgo } from './clock';

test('the list ranks clients by risk, each with a verdict and three scores', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  await expect(page.getByLabel('Sort by')).toHaveValue('0');
  const rows = page.getByRole('row').filter({ has: page.getByRole('link') });
  await expect(rows).toHaveCount(5);
  for (const i of [0, 1, 2]) {
    await expect(rows.nth(i).locator('td[data-label="Verdict"]')).toHaveText('Walk away');
  }
  for (const i of [3, 4]) {
    await expect(rows.nth(i).locator('td[data-label="Verdict"]')).toHaveText('Healthy');
  }
  const brightside = page.getByRole('row', { name: /Tom Brightside/ });
  await expect(brightside.locator('td[data-label="Non-paying"]')).toHaveText('100');
  await expect(brightside.locator('td[data-label="Unresponsive"]')).toHaveText('0');

  await page.getByLabel('Sort by').selectOption({ label: 'Name' });
  await expect(rows.first()).toContainText('Ilse Oakley');
});

test('a client page explains its scores and updates right after a new entry', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Maya Lindqvist' }).click();

  const verdict = page.getByRole('region', { name: /Verdict/ });
  await expect(verdict).toContainText('Healthy');
  await expect(verdict).toContainText('Nothing in the record calls for action.');
  const nonPaying = page.getByRole('article', { name: 'Non-paying' });
  await expect(nonPaying.getByText('0 out of 100')).toBeAttached();

  // An invoice issued 60 days before the test day, due 30 days before it, still unpaid.
  await page.getByRole('button', { name: 'Add entry' }).click();
  const form = page.getByRole('region', { name: 'New entry' });
  await form.getByLabel('Kind of entry').selectOption({ label: 'Invoice' });
  await form.getByLabel('Issued on').fill(daysAgo(60));
  await form.getByLabel('Due on').fill(daysAgo(30));
  await form.getByLabel('Invoice number').fill('HD-99');
  await form.getByLabel('Amount', { exact: true }).fill('1200');
  await form.getByRole('button', { name: 'Save entry' }).click();

  await expect(nonPaying.getByText('37 out of 100')).toBeAttached();
  await expect(nonPaying).toContainText('Watch');
  await expect(nonPaying).toContainText('€1,200.00 overdue, the oldest for 30 days');
  await expect(verdict).toContainText('Watch');
  await expect(verdict).toContainText('Driven by the non-paying score, 37 out of 100.');

  await nonPaying.getByText(/The evidence/).click();
  const why = 'Invoice HD-99 unpaid 30 days after its due date (€1,200.00 outstanding)';
  const line = nonPaying.getByRole('button', { name: why });
  await expect(line).toBeVisible();
  const item = nonPaying.getByRole('listitem').filter({ has: page.getByRole('button', { name: why }) });
  await expect(item).toContainText('+37');

  // The evidence line leads to its entry in the log.
  await line.click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Invoice HD-99: €1,200.00' })).toBeFocused();

  // The thresholds are the user's: a grace period longer than the delay clears it.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Grace days after a due date').fill('45');
  await page.getByRole('button', { name: 'Save scoring settings' }).click();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Maya Lindqvist' }).click();
  await expect(nonPaying.getByText('0 out of 100')).toBeAttached();
  await page.reload();
  await expect(nonPaying.getByText('0 out of 100')).toBeAttached();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Grace days after a due date')).toHaveValue('45');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Grace days after a due date')).toHaveValue('3');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Maya Lindqvist' }).click();
  await expect(nonPaying.getByText('37 out of 100')).toBeAttached();
});

test('too little history is said plainly and never judged harshly', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Brand new');
  await page.getByRole('button', { name: 'Save client' }).click();
  const verdict = page.getByRole('region', { name: /Verdict/ });
  await expect(verdict).toContainText('Healthy');
  await expect(verdict).toContainText('0 days of history and 0 events: not enough to judge yet.');
});
