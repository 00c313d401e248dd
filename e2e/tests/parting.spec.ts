// From a drifting payer to a former client: the reminder, the pause, the guided parting, and
// the termination letter, each message filled from the record and copied in one click.
import { test, expect, openEmpty, loadExamples } from './fixtures';
import { TODAY, addDays, daysAgo, daysBetween, dueOnTheFirst, shown } from './clock';

// The example Tom Brightside is billed on the 1st of each month; BC-05 was issued 65 days before
// the test day and is unpaid.
const bc05Due = dueOnTheFirst(daysAgo(65));
const bc05Late = daysBetween(bc05Due, TODAY);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a drifting payer: reminder, work paused, parting checklist, termination letter', async ({ page }) => {
  await openEmpty(page);
  await loadExamples(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Your business name').fill('Rivera Social');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Tom Brightside' }).click();

  const next = page.getByRole('region', { name: 'What to do now' });
  await expect(next.getByRole('heading', { name: 'Send a polite payment reminder' })).toBeVisible();
  await expect(next).toContainText('Step 2 of 4 for non-paying');
  const body = next.getByLabel('Message');
  await expect(body).toHaveValue(
    new RegExp(`- Invoice BC-05 for €900\\.00, due ${shown(bc05Due)} \\(${bc05Late} days ago\\)`),
  );
  await expect(body).toHaveValue(/Best regards,\nSam Rivera\nRivera Social$/);
  await expect(next.getByLabel('Subject')).toHaveValue('Invoices BC-05 and BC-06: a friendly reminder');

  // The user's own edit is what gets copied and logged.
  await body.fill((await body.inputValue()).replace('I hope all is well.', 'I hope the season is going well.'));
  await next.getByRole('button', { name: 'Copy message' }).click();
  await expect(next.getByText('Copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('I hope the season is going well.');
  await next.getByRole('button', { name: 'Mark as sent' }).click();

  await expect(next.getByRole('heading', { name: 'Pause work until payment arrives' })).toBeVisible();
  await expect(next).toContainText('Step 3 of 4 for non-paying');
  await expect(next).toContainText(
    `Give them until ${shown(addDays(TODAY, 7))} to respond; after that: pause work until payment arrives.`,
  );
  const log = page.getByRole('list').filter({ has: page.locator('time') }).last();
  await expect(log.getByRole('listitem').first()).toContainText('Sent a payment reminder');
  await expect(log.getByRole('listitem').first()).toContainText('I hope the season is going well.');

  await expect(next.getByLabel('Message')).toHaveValue(/pausing all work on Brightside Café's account/);
  await next.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(next.getByRole('heading', { name: 'Part ways' })).toBeVisible();
  await next.getByRole('button', { name: 'Start parting ways' }).click();

  const parting = page.getByRole('region', { name: 'Parting ways' });
  await expect(parting).toBeVisible();
  await expect(page.getByText('Parting ways', { exact: true }).first()).toBeVisible();
  await expect(parting).toContainText('They still owe €1,800.00.');
  await expect(parting.getByRole('note')).toContainText('hand over access once they are paid up');

  const letter = parting.getByLabel('Message');
  await expect(parting.getByLabel('The one reason you give')).toHaveValue('0');
  await expect(letter).toHaveValue(/given your failure to pay invoices on time\./);
  await expect(letter).toHaveValue(/30 days of notice, so my last working day for Brightside Café's account will be/);
  await expect(letter).toHaveValue(/full access to everything I manage for you: Instagram and Google Business profile\./);
  await parting.getByLabel('A colleague to suggest (optional)').fill('Dana Ortiz');
  await parting.getByLabel('A colleague to suggest (optional)').press('Tab');
  await expect(letter).toHaveValue(/For what comes next, Dana Ortiz may be a good fit\./);
  await parting.getByRole('button', { name: 'Copy message' }).click();
  await expect(parting.getByText('Copied to the clipboard.')).toBeVisible();
  const termination = await page.evaluate(() => navigator.clipboard.readText());
  expect(termination).toContain('I\'ve decided to end our work together.');
  expect(termination).toContain('Dana Ortiz may be a good fit');
  await parting.getByRole('button', { name: 'Mark as sent' }).click();

  for (const item of [
    'Took a few days before deciding',
    'Reviewed the contract for loose ends',
    'Delivered everything already paid for',
    'Money owed is settled, or the damage limited',
    'Told them in person or by phone',
    'Suggested alternatives',
    'Handed over: Instagram',
    'Handed over: Google Business profile',
  ]) {
    await parting.getByLabel(item, { exact: true }).check();
  }
  await parting.getByRole('button', { name: 'Notice given today' }).click();
  await expect(parting).toContainText(
    `Notice given on ${shown(TODAY)}; the last working day is ${shown(addDays(TODAY, 30))}`,
  );
  await expect(parting.getByText('All done: this is now a former client.')).toHaveCount(0);
  await parting.getByLabel('Sent the final report').check();
  await expect(parting.getByText('All done: this is now a former client.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Former client', { exact: true }).first()).toBeVisible();
  await expect(parting.getByLabel('Handed over: Instagram')).toBeChecked();
  await expect(parting).toContainText('9 of 9 done');
});
