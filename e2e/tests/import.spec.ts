// Bringing history in: a Toggl file and Invoice Ninja invoice and payment files land on the right
// clients (hours and lateness visible), a re-import adds nothing, and undo restores the record.
import { readFileSync } from 'node:fs';
import { test, expect, openEmpty, loadExamples, clientKey } from './fixtures';
import type { Page } from '@playwright/test';

const fixture = (name: string) =>
  readFileSync(new URL(`../../core/tests/fixtures/import/${name}`, import.meta.url));

async function pick(page: Page, name: string) {
  await page.getByLabel('Export file (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: fixture(name) });
}

/** A client's stored entries and import records, without the revision and id counter. */
async function logOf(page: Page, name: string) {
  const key = await clientKey(page, name);
  return page.evaluate((k) => {
    const client = JSON.parse(localStorage.getItem(k)!).client;
    return JSON.stringify({ entries: client.entries, imported: client.imported ?? [] });
  }, key);
}

test('time and invoices from other tools land on the right clients, once, and can be undone', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const mayaBefore = await logOf(page, 'Maya Lindqvist');
  await page.getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bring your history' })).toBeVisible();

  await pick(page, 'toggl.csv');
  await expect(page.getByText('Recognised: Toggl Track time entries.')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('1 new client to create:')).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Northwind Bakery' })).toBeVisible();
  await expect(preview.getByText('1 client already here:')).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'Maya Lindqvist' })).toBeVisible();
  await expect(preview.getByText('Hours: 4.25 h')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 rows.' })).toBeVisible();

  await pick(page, 'invoice-ninja-invoices.csv');
  await expect(page.getByText('Recognised: Invoice Ninja invoices.')).toBeVisible();
  await expect(preview.getByText('Line 4: no invoice number')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 rows.' })).toBeVisible();
  await pick(page, 'invoice-ninja-payments.csv');
  await expect(page.getByText('Recognised: Invoice Ninja payments.')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 rows.' })).toBeVisible();

  // The same file again adds nothing.
  await pick(page, 'toggl.csv');
  await expect(preview.getByText('Nothing new to import')).toBeVisible();
  await expect(preview.getByText('3 rows skipped:')).toBeVisible();
  await expect(preview.getByText('Line 2: already imported')).toBeVisible();

  // The hours and the lateness show on the client pages.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Northwind Bakery' }).click();
  await expect(page.getByText('2.5 h: Menu photos', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'All clients' }).first().click();
  await page.getByRole('link', { name: 'Tom Brightside' }).click();
  await expect(page.getByText('Invoice 0002: €900.00', { exact: true })).toBeVisible();
  await expect(page.getByText('paid in full 3 Aug 2024', { exact: true })).toBeVisible();
  const late = page.getByRole('figure', { name: 'Days late per invoice' });
  await late.getByText('Show as a table').click();
  await expect(late.getByRole('row').filter({ hasText: '0002' })).toContainText('33');

  // Undo the first import: the client it created goes, Maya's log is as it was.
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo import 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import 1 undone.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo import 1' })).toHaveCount(0);
  expect(await logOf(page, 'Maya Lindqvist')).toBe(mayaBefore);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Northwind Bakery' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Northwind Bakery' })).toHaveCount(0);
  expect(await logOf(page, 'Maya Lindqvist')).toBe(mayaBefore);
});

test('a file that is not CSV, or of an unknown layout, changes nothing', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Export file (CSV)').setInputFiles({
    name: 'photo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]),
  });
  await expect(page.getByRole('alert')).toContainText('This is not a CSV file Clientwise can read');
  // A layout nobody knows: the columns are asked for, and nothing is imported until they are.
  await page.getByLabel('Export file (CSV)').setInputFiles({
    name: 'other.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Colour,Shape,Size\nred,round,big\n'),
  });
  await expect(page.getByRole('group', { name: 'Which column is which?' })).toBeVisible();
  await expect(page.getByText('Pick a column for each field that is not optional.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import / })).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
});

test('any other CSV: columns picked by hand, dates asked about, and the choice remembered', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Import' }).click();
  const file = {
    name: 'timesheet.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Day;Customer;Hrs;What\n01/02/2024;Acme;1,5;Call\n03/02/2024;acme ;0,25;Review\n'),
  };
  await page.getByLabel('Export file (CSV)').setInputFiles(file);
  const form = page.getByRole('group', { name: 'Which column is which?' });
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue('1');
  await expect(form.getByLabel('Client', { exact: true })).toHaveValue('2');
  await expect(form.getByLabel('Hours or duration')).toHaveValue('3');
  await form.getByLabel('What was done (optional)').selectOption({ label: 'What' });
  await expect(page.getByRole('group', { name: 'The dates in this file could be read two ways. Which comes first?' })).toBeVisible();
  await page.getByLabel('The day (31/12/2024)').check();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('1 new client to create:')).toBeVisible();
  await expect(preview.getByText('Hours: 1.75 h')).toBeVisible();
  await preview.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 rows.' })).toBeVisible();

  // The same layout next time maps itself, the description column included.
  await page.reload();
  await page.getByLabel('Export file (CSV)').setInputFiles(file);
  await expect(page.getByRole('group', { name: 'Which column is which?' }).getByLabel('What was done (optional)')).toHaveValue('4');
  await page.getByLabel('The day (31/12/2024)').check();
  await expect(preview.getByText('Nothing new to import')).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Acme' }).click();
  await expect(page.getByText('1.5 h: Call', { exact: true })).toBeVisible();
  await expect(page.getByText('0.25 h: Review', { exact: true })).toBeVisible();
});
