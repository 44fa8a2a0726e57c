// Keeping a scenario as an officer would: save it in this browser and come back to it, rename,
// copy and delete it (and change their mind), download it as a file and open it again, and
// print its link as a QR code that a phone can read. Storage that is broken, full or missing
// and files that are not scenarios are explained, never a crash.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import jsQRModule from 'jsqr';
import { SIMPLE } from './scenarios';

// jsQR is a CommonJS bundle whose function is its `default` export.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule);

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORAGE_KEY = 'sharecalc.saved.v1';

let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
});

test.afterEach(() => {
  expect(problems, 'console errors').toEqual([]);
});

/** Opens the page afresh (no link), ready to use. */
async function open(page: Page) {
  await page.goto('about:blank');
  await page.goto('/');
  await figuresReady(page);
}

async function saveAs(page: Page, name: string) {
  await page.getByLabel('Save this scenario as').fill(name);
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-status')).toHaveText(`Saved \u201c${name}\u201d in this browser.`);
}

const entries = (page: Page) => page.getByTestId('saved-entry');
const entry = (page: Page, name: string) => entries(page).filter({ has: page.locator('.app-keep__name', { hasText: new RegExp(`^${name}$`) }) });

test('save, reload the page, open: the same figures', async ({ page }) => {
  await open(page);
  await expect(page.getByText('kept only in this browser')).toBeVisible();
  await expect(page.getByTestId('saved-empty')).toBeVisible();
  await page.getByTestId('baseline-0-0').fill('2m');
  const npv = await page.getByTestId('npv').textContent();
  // The name box offers the scenario's title until something else is typed.
  await expect(page.getByLabel('Save this scenario as')).not.toHaveValue('');
  await saveAs(page, 'Two million for Heron Vale');
  await expect(entry(page, 'Two million for Heron Vale')).toContainText(/Saved \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d\d:\d\d/);

  await open(page);
  await expect(page.getByTestId('npv')).not.toHaveText(npv!);
  await entry(page, 'Two million for Heron Vale').getByRole('button', { name: 'Open Two million for Heron Vale' }).click();
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await expect(page.getByTestId('baseline-0-0')).toHaveValue('2,000,000');
  await expect(page.getByTestId('saved-status')).toContainText('Opened');
});

test('a saved scenario can be renamed, and keeps its new name', async ({ page }) => {
  await open(page);
  await saveAs(page, 'First go');
  await entry(page, 'First go').getByRole('button', { name: /^Rename/ }).click();
  const box = page.getByLabel('New name for First go');
  await expect(box).toBeFocused();
  await box.fill('Budget option A');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('saved-status')).toHaveText('Renamed \u201cFirst go\u201d to \u201cBudget option A\u201d.');
  await expect(page.getByRole('button', { name: 'Rename Budget option A' })).toBeFocused();
  await open(page);
  await expect(entries(page)).toHaveCount(1);
  await expect(entry(page, 'Budget option A')).toBeVisible();
});

test('a saved scenario can be duplicated', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Option B');
  await page.getByRole('button', { name: 'Duplicate Option B' }).click();
  await expect(page.getByTestId('saved-status')).toHaveText('Saved a copy: \u201cCopy of Option B\u201d.');
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Option B', 'Copy of Option B']);
});

test('delete moves focus to Undo, and Undo puts the scenario back where it was', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Older');
  await saveAs(page, 'Newer');
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Newer', 'Older']);
  await page.getByRole('button', { name: 'Delete Newer' }).click();
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Older']);
  await expect(page.getByTestId('saved-status')).toContainText('Deleted \u201cNewer\u201d');
  const undo = page.getByRole('button', { name: 'Undo deleting Newer' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Newer', 'Older']);
  await expect(page.getByRole('button', { name: 'Open Newer' })).toBeFocused();
  await open(page);
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Newer', 'Older']);
  // Deleted for good after a reload.
  await page.getByRole('button', { name: 'Delete Older' }).click();
  await open(page);
  await expect(entries(page).locator('.app-keep__name')).toHaveText(['Newer']);
});

test('a corrupted or foreign entry is skipped with a message; the good one is still listed', async ({ page }) => {
  const stored = JSON.stringify([
    { id: 'good', name: 'Good one', saved_at: '2026-11-27T14:05:00.000Z', scenario: SIMPLE },
    { id: 'bad', name: 'Broken one', saved_at: '2026-11-27T14:06:00.000Z', scenario: { ...SIMPLE, horizon_years: 'ten' } },
    42,
  ]);
  await page.addInitScript(([key, value]) => { if (location.protocol === 'http:') localStorage.setItem(key, value); }, [STORAGE_KEY, stored]);
  await open(page);
  const notes = page.getByTestId('saved-notes');
  await expect(notes).toContainText('Saved scenario "Broken one" is not shown');
  await expect(notes).toContainText('horizon_years');
  await expect(notes).toContainText('Saved scenario 3 is not shown');
  await expect(entries(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Open Good one' }).click();
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
});

test('a saved list that is not JSON at all is reported and the page works', async ({ page }) => {
  await page.addInitScript((key) => { if (location.protocol === 'http:') localStorage.setItem(key, '{not json'); }, STORAGE_KEY);
  await open(page);
  await expect(page.getByTestId('saved-notes')).toContainText('could not be read');
  await expect(page.getByTestId('saved-empty')).toBeVisible();
});

test('full storage gives a plain message and nothing is lost', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await page.getByTestId('save-scenario').click();
  const alert = page.getByTestId('saved-problem');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('storage for sharecalc is full');
  await expect(entries(page)).toHaveCount(0);
  await figuresReady(page);
});

test('storage that is turned off gives a plain message, never a crash', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  await open(page);
  await expect(page.getByTestId('saved-notes')).toContainText('not letting sharecalc keep scenarios');
  await page.getByTestId('save-scenario').click();
  await expect(page.getByTestId('saved-problem')).toContainText('private browsing');
});

test('download the scenario as JSON, open it again: the same figures', async ({ page }) => {
  await open(page);
  await page.getByTestId('baseline-0-0').fill('3m');
  const npv = await page.getByTestId('npv').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const json = JSON.parse(text);
  expect(json.version).toBe(2);
  expect(json.services[0].baseline[0]).toBe(3000000);

  await open(page);
  await expect(page.getByTestId('npv')).not.toHaveText(npv!);
  await page.getByLabel('Open a scenario file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await expect(page.getByTestId('file-status')).toContainText(`from ${download.suggestedFilename()}`);
});

test('a file dropped on the drop zone is opened', async ({ page }) => {
  await open(page);
  const transfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'finance.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(SIMPLE));
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
});

const BAD_FILES: [string, string, RegExp][] = [
  ['an invalid scenario', JSON.stringify({ ...SIMPLE, services: [{ ...SIMPLE.services[0], baseline: [1000, -5] }] }), /This file's scenario has a problem: services\[0\]\.baseline\[1\]/],
  ['text that is not a scenario', 'Minutes of the joint committee, 3 March\n', /This file is not a sharecalc scenario\. Choose a scenario file that sharecalc saved/],
  ['a scenario cut short', JSON.stringify(SIMPLE, null, 2).slice(0, 120), /This file is cut short: the scenario in it stops before its end/],
  ['a newer version', JSON.stringify({ ...SIMPLE, version: 3 }), /newer version of sharecalc/],
];

for (const [what, contents, words] of BAD_FILES) {
  test(`a file with ${what} is explained and the scenario on screen stays`, async ({ page }) => {
    await open(page);
    const npv = await page.getByTestId('npv').textContent();
    await page.getByLabel('Open a scenario file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    const alert = page.getByTestId('file-problem');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(words);
    await expect(page.getByTestId('npv')).toHaveText(npv!);
  });
}

/** Draws the QR code's SVG into a canvas in the page (3 pixels a module) and decodes the
 * pixels in Node with jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  const image = await page.getByTestId('qr-code').evaluate(async (svg) => {
    const side = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const scale = 3;
    const url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    const img = new Image(side * scale, side * scale);
    await new Promise((done, fail) => { img.onload = done; img.onerror = fail; img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, side * scale, side * scale);
    const data = ctx.getImageData(0, 0, side * scale, side * scale).data;
    // One character per pixel, dark or light, keeps the hand-over to Node small.
    let pixels = '';
    for (let i = 0; i < data.length; i += 4) pixels += data[i] < 128 ? '1' : '0';
    return { side, width: side * scale, pixels };
  });
  const rgba = new Uint8ClampedArray(image.pixels.length * 4);
  for (let i = 0; i < image.pixels.length; i++) {
    const v = image.pixels[i] === '1' ? 0 : 255;
    rgba.set([v, v, v, 255], i * 4);
  }
  const decoded = jsQR(rgba, image.width, image.width);
  test.info().annotations.push({ type: 'qr', description: `${image.side} modules with quiet zone (version ${(image.side - 8 - 17) / 4})` });
  return decoded?.data ?? null;
}

test('the QR code is present, labelled and decodes to the link of the scenario', async ({ page }) => {
  await open(page);
  const qr = page.getByTestId('qr-code');
  await expect(qr).toHaveAttribute('role', 'img');
  await expect(qr).toHaveAccessibleName(/QR code/);
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+$/);
  test.info().annotations.push({ type: 'default link', description: `${link.length} characters: ${link}` });
  expect(await decodeQr(page)).toBe(link);

  // Editing changes the code to the new link.
  await page.getByTestId('baseline-0-0').fill('1,234,567');
  await expect(page.locator('#share-link')).not.toHaveValue(link);
  const edited = await page.locator('#share-link').inputValue();
  await expect.poll(() => page.url()).toBe(edited);
  expect(await decodeQr(page)).toBe(edited);
});

test('a scenario too large for a scannable code gets a message instead', async ({ page }) => {
  // Twenty partners with long names that do not compress: a link far beyond 1,000 characters.
  let seed = 7;
  const noise = () => Array.from({ length: 100 }, () => { seed = (seed * 48271) % 2147483647; return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[seed % 52]; }).join('');
  const partners = Array.from({ length: 20 }, () => ({ name: noise() }));
  const big = { ...SIMPLE, partners, services: [{ ...SIMPLE.services[0], baseline: partners.map(() => 1000) }] };
  await open(page);
  await page.getByLabel('Open a scenario file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(page.getByTestId('qr-too-large')).toHaveText('This scenario is too large for a QR code that a phone can scan: share the link instead.');
  await expect(page.getByTestId('qr-code')).toHaveCount(0);
});

test('the printed page shows the link in full and its QR code, without the controls', async ({ page }) => {
  await open(page);
  const link = await page.locator('#share-link').inputValue();
  await expect(page.getByTestId('print-link')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-link')).toBeVisible();
  await expect(page.getByTestId('print-link')).toHaveText(link);
  await expect(page.getByTestId('qr-code')).toBeVisible();
  await expect(page.getByTestId('save-scenario')).toBeHidden();
  await expect(page.getByTestId('download-json')).toBeHidden();
  await expect(page.getByTestId('copy-link')).toBeHidden();
  await expect(page.getByLabel('Open a scenario file')).toBeHidden();
  // The long link wraps inside the page instead of running off it.
  const box = await page.getByTestId('print-link').boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
});

test('axe finds nothing with saved scenarios, a message and the QR code showing', async ({ page }) => {
  await open(page);
  await saveAs(page, 'Option A');
  await saveAs(page, 'Option B');
  await page.getByRole('button', { name: 'Delete Option A' }).click();
  await expect(page.getByRole('button', { name: 'Undo deleting Option A' })).toBeFocused();
  await page.getByRole('button', { name: 'Rename Option B' }).click();
  await expect(page.getByTestId('qr-code')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);
});
