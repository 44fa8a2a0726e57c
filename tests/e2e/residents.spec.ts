// The residents' summary (`?view=summary`) is its own small program, without the calculator's
// UI framework: these tests use it as a resident would, and check that each page downloads
// only its own program.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import { SIMPLE, fragmentOf } from './scenarios';

const FRAGMENT = fragmentOf(SIMPLE);
const SLIDER = 'What if only this share of the planned savings arrives?';

/** The names of the programs (`.wasm`) a visit to `path` fetches. */
async function programsFetched(page: Page, path: string, shown = 'npv'): Promise<string[]> {
  const wasm: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.replace(/-[0-9a-f]+_bg\.wasm$/, '')); });
  await page.goto(path);
  await expect(page.getByTestId(shown)).toBeVisible();
  await page.waitForLoadState('networkidle');
  return wasm;
}

test('a residents\' link and the statement download only the residents\' program, the calculator the residents\' first (its preview) and then its own', async ({ page }) => {
  expect(await programsFetched(page, '/?view=summary' + FRAGMENT)).toEqual(['/residents']);
  expect(await programsFetched(page, '/' + FRAGMENT, 'baseline-0-0')).toEqual(['/residents', '/sharecalc']);
  // The accessibility statement, linked from every page, is read without the calculator too.
  expect(await programsFetched(page, '/?view=accessibility' + FRAGMENT, 'statement-back')).toEqual(['/residents']);
});

// Issue 20, item 9: the loader and the program read the address by one rule (the first
// value of a repeated parameter, percent-decoded), so they never disagree about what to show.
for (const query of ['?view=accessibility&view=editor', '?view=%61ccessibility', '?%76iew=accessibility&view=summary']) {
  test(`one reading of the address: ${query} shows the accessibility statement`, async ({ page }) => {
    expect(await programsFetched(page, '/' + query + FRAGMENT, 'statement-back')).toEqual(['/residents']);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Accessibility');
    await expect(page.getByTestId('npv')).toHaveCount(0);
  });
}

test('one reading of the address: a repeated view that starts with the calculator shows the calculator', async ({ page }) => {
  // The calculator's page: its preview (drawn by the small program) first, then the calculator.
  expect(await programsFetched(page, '/?view=editor&view=summary' + FRAGMENT, 'npv')).toEqual(['/residents', '/sharecalc']);
  await expect(page.getByLabel('Scenario name')).toBeVisible();
});

test('the reality check changes the figures, charts and tables, and leaves an open table open', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.getByTestId('what-if-value')).toHaveText('100%');
  await expect(page.getByText('The scenario plans for 100%.')).toBeVisible();
  const cumulative = page.locator('#chart-cumulative');
  await cumulative.getByText('Show “Cumulative net saving” as a table').click();
  const lastRow = cumulative.locator('tbody tr').last();
  await expect(lastRow).toContainText('£250,000');
  await expect(cumulative.locator('rect')).toHaveCount(3);
  // Half the savings: net -125,000, 75,000, 75,000, so the cumulative ends at £25,000.
  await page.getByLabel(SLIDER).fill('50');
  await expect(page.getByTestId('npv')).toHaveText('£25,000');
  await expect(page.getByLabel(SLIDER)).toHaveAttribute('aria-valuetext', '50%');
  await expect(cumulative.locator('details')).toHaveAttribute('open', '');
  await expect(lastRow).toContainText('£25,000');
  await expect(cumulative.locator('.app-chart__bar--negative')).toHaveCount(2);
  await expect(page.getByTestId('plain-english')).toContainText('£25,000');
  await expect(page.locator('#partners-table-heading + div tbody tr')).toHaveCount(2);
});

test('the new figures are announced once the reality check is still, not while it moves', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  const announcer = page.getByTestId('announcer');
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(announcer).toHaveText('');
  await page.getByLabel(SLIDER).fill('60');
  await page.getByLabel(SLIDER).fill('50');
  await expect(announcer).toHaveText('');
  await expect(announcer).toHaveText('Figures updated: net present value £25,000; recurring saving £75,000 a year.');
});

test('with the keyboard: the skip link reaches the figures without touching the link, and the slider moves', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  const before = page.url();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  expect(page.url()).toBe(before);
  await page.getByLabel(SLIDER).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('what-if-value')).toHaveText('95%');
  await expect(page.getByTestId('npv')).not.toHaveText('£250,000');
});

test('a broken link is explained over the example, and the notice closes', async ({ page }) => {
  await page.goto('/?view=summary#s=not-a-scenario');
  const notice = page.getByTestId('link-problem');
  await expect(notice).toBeVisible();
  await figuresReady(page);
  // The links leaving the page carry the example, not the broken link.
  await expect(page.getByTestId('open-full')).toHaveAttribute('href', /\/$/);
  await notice.getByRole('button', { name: 'Start from the example' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
});

test('a link changed while the page is open shows the new scenario', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  const bigger = { ...SIMPLE, title: 'Bigger saving', services: [{ ...SIMPLE.services[0], saving_rate: 0.2 }] };
  await page.evaluate((f) => { location.hash = f; }, fragmentOf(bigger));
  await expect(page.getByRole('heading', { name: 'Bigger saving' })).toBeVisible();
  // A 20% saving: 300,000 a year, less the 200,000 one-off in the first year.
  await expect(page.getByTestId('npv')).toHaveText('£700,000');
  expect(await page.getByTestId('open-full').getAttribute('href')).toBe(new URL('/' + fragmentOf(bigger), page.url()).href);
});

test('the language switch opens the same scenario in Welsh', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.getByRole('heading', { name: 'Two councils share finance' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('?view=summary&lang=cy');
  expect(new URL(page.url()).hash).toBe(FRAGMENT);
});
