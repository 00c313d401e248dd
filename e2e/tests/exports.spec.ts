// Reports and exports of one client: each download carries what it should, its SHA-256 matches
// the fingerprint the page shows and the one in its name, and the print view is the report alone.
import { createHash } from 'node:crypto';
import { test, expect, openEmpty, loadExamples, downloadText } from './fixtures';
import type { Download, Page } from '@playwright/test';
import { TODAY, daysAgo } from './clock';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Clicks `button`, returns the download's name and text, and checks its fingerprint. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file]: [Download, unknown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const text = await downloadText(file);
  const name = file.suggestedFilename();
  const digest = sha256(text);
  const shown = page.getByRole('status').filter({ hasText: `Downloaded ${name}.` });
  await expect(shown).toBeVisible();
  await expect(shown.locator('code')).toHaveText(digest);
  expect(name).toContain(`-sha256-${digest.slice(0, 12)}.`);
  return { name, text };
}

async function openReports(page: Page) {
  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Tom Brightside' }).click();
  await page.getByRole('link', { name: 'Reports and exports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports and exports: Tom Brightside' })).toBeVisible();
}

test('each export downloads with its content and fingerprint', async ({ page }) => {
  await openReports(page);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Final report: Tom Brightside' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Invoices and payments' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Problem log' })).toHaveCount(0);

  const md = await download(page, 'Download as Markdown');
  expect(md.name).toMatch(new RegExp(`^final-report-tom-brightside-${TODAY}-sha256-[0-9a-f]{12}\\.md$`));
  expect(md.text).toContain('# Final report: Tom Brightside');
  expect(md.text).toContain('| BC-05 |');
  expect(md.text).toContain('Overdue by');
  expect(md.text).not.toContain('Non-paying');

  await page.getByRole('radio', { name: 'Evidence file' }).check();
  await expect(preview.getByRole('heading', { name: 'Evidence file: Tom Brightside' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Problem log' })).toBeVisible();
  const html = await download(page, 'Download as HTML');
  expect(html.name).toMatch(/^evidence-file-tom-brightside-.*\.html$/);
  expect(html.text).toContain('<h1>Evidence file: Tom Brightside</h1>');
  expect(html.text).toContain("default-src 'none'");
  expect(html.text).not.toMatch(/<script|<link|src=/i);
  expect(html.text).toContain('Late and overdue invoices');
  expect(html.text).toMatch(/Non-paying: \d+ out of 100/);

  const csv = await download(page, 'Download the log (CSV)');
  const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'Date,Kind,What,Details,"Answered, approved or paid on",Due,Hours,Amount,Paid,Outstanding,Rounds,Currency',
  );
  expect(lines.find((l) => l.includes(',BC-05,'))).toMatch(/,900\.00,0\.00,900\.00,,EUR$/);

  const json = await download(page, 'Download the client (JSON)');
  const file = JSON.parse(json.text);
  expect(file.format).toBe('clientwise.backup');
  expect(file.settings).toBeUndefined();
  expect(file.clients.map((c: { name: string }) => c.name)).toEqual(['Tom Brightside']);
});

test('a period limits the report, and a backwards period is refused', async ({ page }) => {
  await openReports(page);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('cell', { name: 'BC-01' })).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(TODAY);
  // The last 60 days: BC-06 (issued 35 days ago) is in, BC-01 (185 days ago) is out.
  await page.getByLabel('From', { exact: true }).fill(daysAgo(60));
  await expect(preview.getByRole('cell', { name: 'BC-01' })).toHaveCount(0);
  await expect(preview.getByRole('cell', { name: 'BC-06' })).toBeVisible();

  await page.getByLabel('From', { exact: true }).fill('2099-01-01');
  await expect(page.getByRole('alert')).toHaveText('The end cannot be before the start.');
  await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  // The preview keeps the last period that made sense.
  await expect(preview.getByRole('cell', { name: 'BC-06' })).toBeVisible();
});

test('the print view is the report alone', async ({ page }, testInfo) => {
  await openReports(page);
  await page.getByRole('radio', { name: 'Evidence file' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.top')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Evidence file: Tom Brightside' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('print-view.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await testInfo.attach('evidence-file.pdf', { body: pdf, contentType: 'application/pdf' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Summary and work, then the problem log and the scores each from a fresh page.
  expect(pages).toBeGreaterThanOrEqual(3);
});
