// The page frame (skip link, header with the language switch, notices about the link, footer)
// is written once and drawn by both programs; one listener serves its clicks in both. Each test
// runs in the calculator and in the residents' summary.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import { SIMPLE, fragmentOf } from './scenarios';

const FRAGMENT = fragmentOf(SIMPLE);

const PROGRAMS: [string, string][] = [
  ['the calculator', '/'],
  ['the residents\' summary', '/?view=summary'],
];

// Nothing the frame does may raise an error, in any test.
let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
});
test.afterEach(() => expect(errors).toEqual([]));

/** Opens `path` and waits for the figures. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await figuresReady(page);
}

const languageNav = (page: Page) => page.getByRole('navigation', { name: 'Language' });

for (const [program, path] of PROGRAMS) {
  test(`in ${program}, the language switch sits in the header and its bar is not read out`, async ({ page }) => {
    await open(page, path + FRAGMENT);
    await expect(page.getByRole('banner').getByRole('navigation', { name: 'Language' })).toBeVisible();
    await expect(page.locator('main nav')).toHaveCount(0);
    const read = await languageNav(page).ariaSnapshot();
    expect(read).toContain('English');
    expect(read).toContain('Cymraeg');
    expect(read).not.toContain('|');
    // The skip link comes first, then the switch, then the page's content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Cymraeg' })).toBeFocused();
    // Embedded: no header, and the switch stands above <main>, not inside it.
    await open(page, path + (path.includes('?') ? '&' : '?') + 'embed=1' + FRAGMENT);
    await expect(page.locator('header')).toHaveCount(0);
    await expect(languageNav(page)).toBeVisible();
    await expect(page.locator('main nav')).toHaveCount(0);
  });

  test(`in ${program}, the skip link lands after the language switch without touching the link`, async ({ page }) => {
    await open(page, path + FRAGMENT);
    const before = page.url();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    expect(page.url()).toBe(before);
    // The next Tab goes into the content, not back to the switch.
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).not.toHaveAttribute('id', 'language-switch');
    expect(await focused.evaluate((el) => el.closest('main') !== null)).toBe(true);
  });

  test(`in ${program}, each notice about the link closes with its button and focus goes to the content`, async ({ page }) => {
    // A link whose scenario cannot be read.
    await open(page, path + '#s=not-a-scenario');
    const broken = page.getByTestId('link-problem');
    await expect(broken).toBeVisible();
    await broken.getByRole('button', { name: 'Start from the example' }).click();
    await expect(broken).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();
    await figuresReady(page);
    // A link with an option to compare that cannot be read.
    await open(page, path + FRAGMENT + '&s=not-an-option');
    const option = page.getByTestId('option-problem');
    await expect(option).toContainText('could not be read');
    await option.getByRole('button', { name: 'Carry on without them' }).click();
    await expect(option).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();
    await expect(page.getByTestId('npv')).toHaveText('£250,000');
  });
}

test('the calculator switches language in place and the residents\' summary follows a plain link', async ({ page }) => {
  // The calculator: the page is drawn again in Welsh, the address bar keeps the scenario.
  await open(page, '/' + FRAGMENT);
  const fragment = new URL(page.url()).hash;
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(languageNav(page)).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('navigation', { name: 'Iaith' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  expect(new URL(page.url()).hash).toBe(fragment);
  expect(loads).toBe(0);
  // Its link carries the scenario as it is edited.
  await page.getByTestId('baseline-0-0').fill('2m');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(fragment);
  const edited = new URL(page.url()).hash;
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '?' + edited);
  // The residents' summary: the switch is a link to the page in Welsh, loaded anew.
  await open(page, '/?view=summary' + FRAGMENT);
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('banner').getByRole('navigation', { name: 'Iaith' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('?view=summary&lang=cy');
});
