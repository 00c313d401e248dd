// Backup and restore: the backup matches the published JSON Schema, restores into an empty
// profile as the same clients, and a broken or hostile file is refused with nothing changed.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { test, expect, openEmpty, loadExamples, downloadText } from './fixtures';
import type { Page } from '@playwright/test';

const schema = JSON.parse(readFileSync(new URL('../../docs/backup.schema.json', import.meta.url), 'utf8'));

async function takeBackup(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  return downloadText(file);
}

async function pick(page: Page, name: string, text: string) {
  await page.getByLabel('Backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function clientNames(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  const links = page.getByRole('table').getByRole('link');
  return (await links.allTextContents()).sort();
}

test('a backup follows the published schema and restores into an empty profile', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const before = await clientNames(page);
  const backup = await takeBackup(page);

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(JSON.parse(backup)), JSON.stringify(validate.errors, null, 2)).toBe(true);

  await openEmpty(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await pick(page, 'backup.json', backup);
  await expect(page.getByText('A backup of 5 clients, with settings')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('5 clients added:')).toBeVisible();
  for (const name of before) await expect(preview.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored: 5 clients added, 0 replaced, 0 deleted.' })).toBeVisible();
  expect(await clientNames(page)).toEqual(before);

  // Survives a reload, and restoring the same file again has nothing to change.
  await page.reload();
  expect(await clientNames(page)).toEqual(before);
  await page.getByRole('link', { name: 'Settings' }).click();
  await pick(page, 'backup.json', backup);
  await expect(page.getByText('Nothing to change')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toBeDisabled();
});

test('replace shows what it deletes; merge keeps it', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const backup = JSON.parse(await takeBackup(page));
  backup.clients = backup.clients.slice(0, 2);
  backup.clients[0].notes = 'Changed in the file';
  const text = JSON.stringify(backup);

  await pick(page, 'two.json', text);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('1 client replaced by the file')).toBeVisible();
  await expect(preview.getByText('1 client already the same')).toBeVisible();
  await page.getByRole('radio', { name: 'Replace' }).check();
  await expect(preview.getByText('3 clients deleted:')).toBeVisible();
  await page.getByRole('radio', { name: 'Merge' }).check();
  await expect(preview.getByText('deleted')).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored: 0 clients added, 1 replaced, 0 deleted.' })).toBeVisible();
  expect(await clientNames(page)).toHaveLength(5);
});

test('broken and hostile files are refused and change nothing', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  const good = JSON.parse(await takeBackup(page));
  const stored = await page.evaluate(() => JSON.stringify(localStorage));

  const newer = { ...good, version: 99 };
  const wrongType = structuredClone(good);
  wrongType.clients[1].name = 42;
  const hostile = structuredClone(good);
  hostile.clients[0].entries[0] = { kind: 'note', date: '2026-02-30', text: '<img src=x onerror=alert(1)>' };
  const cases: [string, string, RegExp][] = [
    ['newer.json', JSON.stringify(newer), /newer Clientwise \(data version 99\)/],
    ['types.json', JSON.stringify(wrongType), /At clients\[1\]\.name: invalid type/],
    ['hostile.json', JSON.stringify(hostile), /At clients\[0\]\.entries\[0\]/],
    ['nested.json', '['.repeat(5000) + ']'.repeat(5000), /not valid JSON/],
    ['photo.json', '\u0089PNG\r\n', /not valid JSON/],
  ];
  for (const [name, text, reason] of cases) {
    await pick(page, name, text);
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be restored, and nothing was changed.' });
    await expect(alert, name).toBeVisible();
    await expect(alert, name).toContainText(reason);
    await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(stored);
  expect(await clientNames(page)).toHaveLength(5);
});
