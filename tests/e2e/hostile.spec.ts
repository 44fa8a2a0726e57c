// Hostile input (issue 20): files, storage, links and messages that once lost work or
// contradicted the page (the address-reading tests are in residents.spec.ts). Each test reproduces one finding as a user (or a link) would.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import { SIMPLE, fragmentOf } from './scenarios';

const FRAGMENT = fragmentOf(SIMPLE);

const STORAGE_KEY = 'sharecalc.saved.v1';
const BACKUP_KEY = 'sharecalc.saved.v1.backup';

/** Opens the calculator afresh (no link), ready to use. */
async function open(page: Page) {
  await page.goto('about:blank');
  await page.goto('/');
  await figuresReady(page);
}

/** Puts `value` under `key` in this site's storage, then opens the calculator. */
async function openWithStored(page: Page, key: string, value: string) {
  await open(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
  await open(page);
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const entries = (page: Page) => page.getByTestId('saved-entry');

// Item 1: an entry this version cannot read (a newer version's, a foreign value) is written
// back exactly as it was, in its place, on every change.
test('saved entries that cannot be read survive renaming and saving, byte for byte', async ({ page }) => {
  const good = JSON.stringify({ id: 'good', name: 'Good one', saved_at: '2026-11-27T14:05:00.000Z', scenario: SIMPLE });
  const newer = '{"id":"n", "name":"From the future","saved_at":"2031-01-01T00:00:00Z","scenario":{"version":3,"title":"Later","new":[1.50,  2]}}';
  await openWithStored(page, STORAGE_KEY, `[${newer},${good},42]`);
  await expect(page.getByTestId('saved-notes')).toContainText('Saved scenario "From the future" is not shown');
  await expect(page.getByTestId('saved-notes')).toContainText('saving or changing a scenario here keeps it');
  await expect(page.getByTestId('saved-notes')).not.toContainText('will remove');
  await page.getByRole('button', { name: 'Rename Good one' }).click();
  await page.getByLabel('New name for Good one').fill('Renamed');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('saved-status')).toContainText('Renamed');
  let text = (await stored(page, STORAGE_KEY))!;
  expect(text.startsWith(`[${newer},`)).toBe(true);
  expect(text.endsWith(',42]')).toBe(true);
  // Reloaded, then a new save: still there, untouched.
  await open(page);
  await page.getByLabel('Save this scenario as').fill('Another');
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-status')).toHaveText('Saved \u201cAnother\u201d in this browser.');
  text = (await stored(page, STORAGE_KEY))!;
  expect(text.startsWith(`[${newer},`)).toBe(true);
  expect(text.endsWith(',42]')).toBe(true);
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Another', 'Renamed']);
});

test('a saved list that is not JSON is copied to a backup key, which the page names, before a fresh list', async ({ page }) => {
  await openWithStored(page, STORAGE_KEY, '{not json');
  await expect(page.getByTestId('saved-notes')).toContainText(`under the name \u201c${BACKUP_KEY}\u201d`);
  expect(await stored(page, BACKUP_KEY)).toBe('{not json');
  await page.getByLabel('Save this scenario as').fill('Fresh');
  await page.getByTestId('save-scenario').click();
  await expect(entries(page)).toHaveCount(1);
  expect(await stored(page, BACKUP_KEY)).toBe('{not json');
  expect(JSON.parse((await stored(page, STORAGE_KEY))!)[0].name).toBe('Fresh');
});

// Item 6: with storage off, nothing says saving would remove anything.
test('with storage turned off, no warning about removing what could not be read', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await page.goto('/');
  const notes = page.getByTestId('saved-notes');
  await expect(notes).toContainText('not letting sharecalc keep scenarios');
  await expect(notes).not.toContainText('remove');
  await expect(notes).not.toContainText('could not be read');
});

// Item 7: a save refused after one that worked leaves no "Saved" beside "was not kept".
for (const refusal of ['an incomplete scenario', 'full storage']) {
  test(`a save refused for ${refusal} clears the earlier "Saved" status`, async ({ page }) => {
    await open(page);
    await page.getByLabel('Save this scenario as').fill('First');
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('saved-status')).toHaveText('Saved \u201cFirst\u201d in this browser.');
    if (refusal === 'full storage') {
      await page.evaluate(() => {
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      });
    } else {
      await page.getByTestId('baseline-0-0').fill('lots');
    }
    await page.getByLabel('Save this scenario as').fill('Second');
    await page.getByTestId('save-scenario').click();
    await expect(page.getByTestId('saved-problem')).toContainText('was not kept');
    await expect(page.getByTestId('saved-status')).toHaveText('');
  });
}

// Item 14: a saved name is held to the title's limit.
test('a saved name longer than a title is refused, and nothing is stored', async ({ page }) => {
  await open(page);
  await page.getByLabel('Save this scenario as').fill('n'.repeat(100_000));
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-problem')).toHaveText('The name must be 200 characters or fewer');
  await expect(entries(page)).toHaveCount(0);
  expect(await stored(page, STORAGE_KEY)).toBeNull();
  await page.getByLabel('Save this scenario as').fill('n'.repeat(200));
  await page.getByTestId('save-scenario').click();
  await expect(entries(page)).toHaveCount(1);
});

// Item 12: another currency's sign is refused in a pounds box, naming the box.
test('$1,000 typed in a pounds box is refused, not read as pounds', async ({ page }) => {
  await page.goto('/' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await page.getByTestId('baseline-0-0').fill('$1,000');
  await expect(page.getByText('This scenario is in £, not $. Enter an amount like £250,000').first()).toBeVisible();
  await expect(page.locator('.app-error-summary')).toContainText('not $');
  await page.getByTestId('baseline-0-0').fill('£1,000,000');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
});

// Item 4: a file of 100 options, the second broken: the true count, and one outcome.
test('a file of 100 options says how many it held and that the first opened', async ({ page }) => {
  await open(page);
  const options = Array.from({ length: 100 }, (_, i) => ({ ...SIMPLE, title: `Option ${i + 1}` }));
  (options[1] as Record<string, unknown>).partners = [];
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(options)) });
  const alert = page.getByTestId('file-problem');
  await expect(alert).toContainText('Option 2 of 100 in this file could not be opened.');
  await expect(alert).toContainText('This file holds 100 scenarios, but sharecalc compares at most 4, so only the first 4 were opened.');
  await expect(alert).not.toContainText('still shows');
  await expect(page.getByTestId('file-status')).toContainText('the calculator now shows it');
});

// Item 5: a link of 6 options does not say "the other options are shown".
test('a link with more than 4 options does not contradict itself', async ({ page }) => {
  const payload = fragmentOf(SIMPLE).slice(1);
  await page.goto('/#' + Array(6).fill(payload).join('&'));
  const alert = page.getByTestId('option-problem');
  await expect(alert).toContainText('only the first 4 are shown');
  await expect(alert).not.toContainText('The other options are shown');
});

// Item 3: a link changed by hand to a broken one leaves the scenario on screen, and says so.
test('after the link changes to a broken one, the notice says the scenario you had is still shown', async ({ page }) => {
  await page.goto('/' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await page.getByTestId('baseline-0-0').fill('2m');
  const npv = await page.getByTestId('npv').textContent();
  await page.evaluate(() => { location.hash = '#s=broken'; });
  const notice = page.getByTestId('link-problem');
  await expect(notice).toContainText('The page still shows the scenario you had.');
  await expect(notice).not.toContainText('example');
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await notice.getByRole('button', { name: 'Carry on with this scenario' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await expect(page.getByTestId('baseline-0-0')).toHaveValue(/2/);
});

// Item 2: opening a file, a saved scenario or an example replaces the work on screen with one
// step of Undo back to exactly what was there, options kept to compare included. (The real
// councils' start is tested in councils.spec.ts.)
const OPENERS: [string, string, (page: Page) => Promise<void>][] = [
  ['a file', 'Open a scenario file', async (page) => {
    await page.getByLabel('Open a scenario file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...SIMPLE, title: 'From a file' })) });
  }],
  ['a saved scenario', 'Open From the list', async (page) => {
    await page.getByRole('button', { name: 'Open From the list' }).click();
  }],
  ['an example', 'Use this example', async (page) => {
    await page.getByRole('button', { name: 'Use this example' }).click();
  }],
];

for (const [what, action, openIt] of OPENERS) {
  test(`opening ${what} can be undone, back to exactly what was on screen`, async ({ page }) => {
    const saved = JSON.stringify([{ id: 'l', name: 'From the list', saved_at: '2026-11-27T14:05:00.000Z', scenario: { ...SIMPLE, title: 'From the list' } }]);
    await openWithStored(page, STORAGE_KEY, saved);
    await page.goto('/' + FRAGMENT);
    await expect(page.getByTestId('npv')).toHaveText('£250,000');
    await page.getByTestId('keep-option').click();
    await page.locator('#title').fill('My unsaved work');
    await page.getByTestId('baseline-0-0').fill('2,000,00');
    await expect(page.locator('.app-error-summary')).toBeVisible();
    await openIt(page);
    await expect(page.locator('#title')).not.toHaveValue('My unsaved work');
    const notice = page.getByTestId('replaced');
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await page.getByRole('button', { name: `Undo \u201c${action}\u201d` }).click();
    await expect(page.getByTestId('replaced-status')).toHaveText(`The scenario is back as it was before \u201c${action}\u201d.`);
    await expect(page.locator('#title')).toHaveValue('My unsaved work');
    // Even what could not be read yet comes back as typed, with its error.
    await expect(page.getByTestId('baseline-0-0')).toHaveValue('2,000,00');
    await expect(page.locator('.app-error-summary')).toBeVisible();
    await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(3);
    await expect(notice).toBeHidden();
  });
}
