// The dashboard: where the time and money go, who causes the trouble, and each client's history
// as charts with a table alternative.
import { test, expect, openEmpty, loadExamples } from './fixtures';

test('the dashboard names the top trouble-makers and draws its charts', async ({ page }, testInfo) => {
  await openEmpty(page);
  await loadExamples(page);
  const summary = page.locator('#pareto-summary');
  // The three difficult examples, most trouble first, and not the two easy ones.
  await expect(summary).toContainText(/^Tom Brightside, (Jonas Nordlys|Vera Castell), (Jonas Nordlys|Vera Castell): \d+% of the trouble, for \d+% of the money received and \d+% of your hours\.$/);
  await expect(summary).not.toContainText('Maya Lindqvist');
  const chart = page.getByRole('figure', { name: 'Where the trouble comes from' });
  await expect(chart.getByRole('img')).toBeVisible();
  await expect(chart.locator('path.series')).toHaveCount(3);
  await chart.getByText('Show as a table').click();
  const rows = chart.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(5)).toContainText('100%');

  await page.getByLabel('Sort by').selectOption({ label: 'Trouble caused' });
  const first = page.getByRole('table').first().getByRole('row').nth(1);
  await expect(first).toContainText('Tom Brightside');
  await page.getByLabel('Verdict').selectOption({ label: 'Healthy' });
  await expect(page.getByText('2 of 5 clients')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Former client' });
  await expect(page.getByText('No client matches these filters.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'All statuses' });
  await page.getByLabel('Verdict').selectOption({ label: 'All verdicts' });
  await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });

  await page.getByRole('link', { name: 'Tom Brightside' }).click();
  const late = page.getByRole('figure', { name: 'Days late per invoice' });
  await expect(late.locator('rect.bar')).toHaveCount(6);
  await expect(late.locator('rect.bar.open')).toHaveCount(2);
  await late.getByText('Show as a table').click();
  await expect(late.getByRole('row').filter({ hasText: 'BC-04' })).toContainText('24');
  await expect(late.getByRole('row').filter({ hasText: 'BC-05' })).toContainText('still open');
  await page.getByRole('link', { name: 'All clients' }).first().click();
  await page.getByRole('link', { name: 'Vera Castell' }).click();
  const rounds = page.getByRole('figure', { name: 'Revision rounds per item' });
  await expect(rounds.locator('.reference')).toContainText('Contract: ');
  await expect(rounds.locator('rect.bar').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('client-charts.png'), fullPage: true });
});
