// The five languages: the switcher goes through all of them with the example data loaded, and on
// every page no English text is left over and no placeholder leaks; the choice is remembered; a
// first visit follows the browser's languages; a client's own language writes their messages and
// final report while the screen stays in the user's.
import { test, expect, openEmpty, loadExamples } from './fixtures';
import type { Page } from '@playwright/test';

type Tag = 'en' | 'hy' | 'fi' | 'hr' | 'hu';
const LANGS: { tag: Tag; native: string }[] = [
  { tag: 'en', native: 'English' },
  { tag: 'hy', native: 'Հայերեն' },
  { tag: 'fi', native: 'Suomi' },
  { tag: 'hr', native: 'Hrvatski' },
  { tag: 'hu', native: 'Magyar' },
];
/** The switcher's label in each language. */
const LANGUAGE_LABEL = /^(Language|Լեզու|Kieli|Jezik|Nyelv)$/;

/** Names every language writes the same way. */
const PROPER = [
  'Clientwise', 'Toggl Track', 'Toggl', 'Clockify', 'Harvest', 'Kimai', 'Invoice Ninja', 'FreshBooks',
  'CSV', 'JSON', 'Markdown', 'HTML', 'SHA-256', 'PDF', ...LANGS.map((l) => l.native),
];

async function switchTo(page: Page, tag: Tag) {
  const native = LANGS.find((l) => l.tag === tag)!.native;
  await page.getByRole('combobox', { name: LANGUAGE_LABEL }).selectOption({ label: native });
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  // The rebuilt switcher has the focus back.
  await expect(page.getByRole('combobox', { name: LANGUAGE_LABEL })).toBeFocused();
}

/** Every text on the page a reader meets: text nodes, accessible names and hints, the title. */
async function texts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('script, style, noscript, textarea')) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** Every piece of text the user typed (or the examples brought), from the stored records. */
async function userTexts(page: Page): Promise<Set<string>> {
  const values = await page.evaluate(() => {
    const out: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') out.push(v.trim());
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const key of Object.keys(localStorage)) {
      try {
        collect(JSON.parse(localStorage.getItem(key)!));
      } catch {
        // not JSON: not user text
      }
    }
    return out;
  });
  return new Set(values.flatMap((v) => [v, ...v.split('\n').map((l) => l.trim())]).filter((v) => v));
}

/** Whether `text` is made only of user text, proper names, numbers, dates, codes and signs. */
function neutral(text: string, user: Set<string>): boolean {
  let rest = text;
  const known = [...user, ...PROPER].sort((a, b) => b.length - a.length);
  for (const k of known) if (k.length > 1) rest = rest.split(k).join(' ');
  rest = rest.replace(/\b[A-Z]{3}\b/g, ' ');
  // Hours: the unit "h" is the same in several languages.
  rest = rest.replace(/\d\s?h\b/g, ' ');
  return !/\p{L}/u.test(rest);
}

async function openPages(page: Page): Promise<{ name: string; path: string }[]> {
  await page.goto('/');
  const ids: Record<string, string> = {};
  for (const name of ['Tom Brightside', 'Jonas Nordlys']) {
    const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
    ids[name] = href!.replace(/\/$/, '').split('/').pop()!;
  }
  return [
    { name: 'dashboard', path: '/' },
    { name: 'client', path: `/clients/${ids['Tom Brightside']}` },
    { name: 'parting client', path: `/clients/${ids['Jonas Nordlys']}` },
    { name: 'edit client', path: `/clients/${ids['Tom Brightside']}/edit` },
    { name: 'reports', path: `/clients/${ids['Tom Brightside']}/report` },
    { name: 'new client', path: '/clients/new' },
    { name: 'import', path: '/import' },
    { name: 'settings', path: '/settings' },
    { name: 'not found', path: '/clients/9999' },
  ];
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading').or(main.getByRole('link')).first()).toBeVisible();
}

test('every page in every language, with no English left over and no placeholder', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await openEmpty(page);
  await loadExamples(page);
  const pages = await openPages(page);
  // One client in the middle of parting, so that its checklist and letter are on the tour.
  await visit(page, pages[2].path);
  await page.getByRole('button', { name: 'Start parting ways' }).first().click();
  await expect(page.getByRole('heading', { name: 'Parting ways' })).toBeVisible();
  const user = await userTexts(page);

  const english = new Map<string, Set<string>>();
  for (const p of pages) {
    await visit(page, p.path);
    english.set(p.name, new Set((await texts(page)).filter((t) => !neutral(t, user))));
  }
  const switches: number[] = [];
  for (const { tag } of LANGS.filter((l) => l.tag !== 'en')) {
    // Switching on a busy page: the client page with its scores, advice and log.
    await visit(page, pages[1].path);
    const started = performance.now();
    await switchTo(page, tag);
    switches.push(Math.round(performance.now() - started));
    for (const p of pages) {
      await visit(page, p.path);
      await expect(page.locator('html'), `${tag} is remembered across page loads`).toHaveAttribute('lang', tag);
      const found = await texts(page);
      const leftOver = found.filter((t) => english.get(p.name)!.has(t) && !neutral(t, user));
      expect(leftOver, `English on the ${p.name} page in ${tag}`).toEqual([]);
      const leaks = found.filter((t) => /[{}]|Msg::|undefined|NaN/.test(t));
      expect(leaks, `placeholders on the ${p.name} page in ${tag}`).toEqual([]);
    }
    await visit(page, pages[1].path);
    await page.screenshot({ path: testInfo.outputPath(`client-${tag}.png`), fullPage: true });
  }
  await page.goto('/');
  await switchTo(page, 'en');
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  console.log(`languages ✓ ${pages.length} pages × ${LANGS.length} languages`);
  console.log(`language switch on a client page (rebuild included, as the test sees it): ${switches.map((ms) => `${ms} ms`).join(', ')}`);
});

test('Armenian script renders with real glyphs from the system fonts', async ({ page }) => {
  await openEmpty(page);
  await switchTo(page, 'hy');
  // Missing glyphs draw as boxes of one width; real Armenian letters differ in width.
  const widths = await page.evaluate(() => {
    const measure = (s: string) => {
      const span = document.createElement('span');
      span.textContent = s;
      span.style.position = 'absolute';
      document.body.append(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    };
    return { wide: measure('ՄՄՄՄՄՄՄՄ'), narrow: measure('իիիիիիիի'), boxes: measure('\uE000'.repeat(8)) };
  });
  expect(widths.wide).toBeGreaterThan(widths.narrow * 1.15);
  expect(widths.narrow).not.toBeCloseTo(widths.boxes, 0);
});

test('a first visit follows the browser, and a client reads their own language', async ({ openContext }) => {
  const context = await openContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  // Examples loaded on a Finnish screen are written in Finnish.
  await page.getByRole('button', { name: 'Lataa esimerkkitiedot' }).click();
  await expect(page.getByRole('link', { name: 'Tom Brightside', exact: true }).first()).toBeVisible();

  // Tom Brightside reads Croatian; the screen stays Finnish.
  await page.goto('/');
  await page.getByRole('link', { name: 'Tom Brightside', exact: true }).first().click();
  const clientUrl = page.url().replace(/\/$/, '');
  await page.goto(`${clientUrl}/edit`);
  const theirs = page.getByRole('combobox', { name: 'Asiakkaan kieli' });
  const croatian = await theirs.locator('option', { hasText: 'Hrvatski' }).getAttribute('value');
  await theirs.selectOption(croatian!);
  await page.getByRole('button', { name: 'Tallenna asiakas' }).click();
  await expect(page).toHaveURL(clientUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await expect(page.getByText('kroatiaksi').first()).toBeVisible();
  await expect(page.getByText('Google-yritysprofiili').first()).toBeVisible();

  // The next step's message is written in Croatian, and marked so for spell-checkers and
  // screen readers.
  const message = page.locator('textarea[lang]').first();
  await expect(message).toHaveAttribute('lang', 'hr');
  await expect(message).toHaveValue(/^Dobar dan, Tom,/);

  // The final report starts in Croatian, the evidence file in Finnish.
  await page.goto(`${clientUrl}/report`);
  const preview = page.getByRole('region', { name: /esikatselu/i });
  await expect(preview.locator('[lang="hr"]').first()).toContainText('Završno izvješće: Tom Brightside');
  await page.getByRole('radio').nth(1).check();
  await expect(preview.locator('[lang="fi"]').first()).toContainText('Tom Brightside');
  await expect(preview.locator('[lang="fi"]').first()).not.toContainText('Završno');

  // Parting with a client who reads Croatian: what is typed into their letter is asked for in
  // Croatian.
  await page.goto('/');
  await page.getByRole('link', { name: 'Jonas Nordlys', exact: true }).first().click();
  const jonasUrl = page.url().replace(/\/$/, '');
  await page.goto(`${jonasUrl}/edit`);
  await theirs.selectOption(croatian!);
  await page.getByRole('button', { name: 'Tallenna asiakas' }).click();
  await expect(page).toHaveURL(jonasUrl);
  await page.getByRole('button', { name: 'Aloita yhteistyön lopettaminen' }).first().click();
  await expect(page.getByText('Viesti on kroatiaksi, ja tämä teksti menee siihen sellaisenaan').first()).toBeVisible();

  // Remembered after a reload, in a new tab too.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'fi');
  await context.close();
});

test('a switch asks first when it would drop unsaved typing, and staying keeps it', async ({ page }) => {
  await openEmpty(page);
  await page.getByRole('link', { name: 'Add client' }).first().click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Ada Lovelace');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Magyar' });
  const ask = page.getByRole('alert').filter({ hasText: 'what you typed there is lost' });
  await expect(ask).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(name).toHaveValue('Ada Lovelace');
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Asked again, the user goes ahead: the screen switches and the form starts afresh.
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Magyar' });
  await page.getByRole('button', { name: 'Switch anyway' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.getByRole('combobox', { name: 'Nyelv', exact: true })).toBeFocused();

  // Nothing typed: no question.
  await page.getByRole('combobox', { name: 'Nyelv', exact: true }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
