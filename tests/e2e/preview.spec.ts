// The calculator's preview: on a slow phone the residents' small program draws the calculator's
// page (the figures at a glance and a loading status) while the calculator's big program is
// still downloading, and the calculator then takes the page over. These tests hold the
// calculator's download back, look at the preview as a user would, then let it through.
import { test, expect, Page } from '@playwright/test';
import { SIMPLE, fragmentOf } from './scenarios';

/** Holds the calculator's program back until the returned function is called. */
async function holdCalculator(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/sharecalc-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const { name, path, npv } of [
  { name: 'the default example', path: '/', npv: null },
  { name: 'a linked scenario', path: '/' + fragmentOf(SIMPLE), npv: '£250,000' },
  { name: 'a linked scenario in Welsh', path: '/?lang=cy' + fragmentOf(SIMPLE), npv: '£250,000' },
]) {
  test(`${name}: the preview shows the calculator's NPV at once, says the calculator is loading, then the calculator takes over in place`, async ({ page }) => {
    const release = await holdCalculator(page);
    await page.goto(path);
    const figure = page.getByTestId('npv');
    await expect(figure).toBeVisible();
    const status = page.getByRole('status').filter({ hasText: path.includes('lang=cy') ? 'Wrthi\'n llwytho\'r gyfrifiannell…' : 'Loading the calculator…' });
    await expect(status).toBeVisible();
    if (npv) await expect(figure).toHaveText(npv);
    const early = (await figure.textContent()) ?? '';
    const earlyBox = await figure.boundingBox();
    // Nothing can be typed or chosen before the calculator is there.
    await expect(page.locator('input')).toHaveCount(0);
    await expect(page.locator('select:not([disabled]), textarea')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    release();
    await expect(page.getByTestId('baseline-0-0')).toBeVisible();
    await expect(page.getByTestId('loading')).toHaveCount(0);
    await expect(status).toHaveCount(0);
    // One page, the same figure in the same place.
    await expect(page.locator('.app-page')).toHaveCount(1);
    await expect(figure).toHaveText(early);
    const lateBox = await figure.boundingBox();
    expect(lateBox?.y).toBeCloseTo(earlyBox?.y ?? -1, 0);
    expect(lateBox?.x).toBeCloseTo(earlyBox?.x ?? -1, 0);
    // And it is the calculator's: typing changes the figure.
    await page.getByTestId('baseline-0-0').fill('2,000,000');
    await expect(figure).not.toHaveText(early);
  });
}

test('at 1280 px the preview holds the figures above the loading status, where the calculator puts them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdCalculator(page);
  await page.goto('/');
  const figure = page.getByTestId('npv');
  await expect(page.getByTestId('loading')).toBeVisible();
  const early = await figure.boundingBox();
  const loading = await page.getByTestId('loading').boundingBox();
  expect(loading?.y ?? 0).toBeGreaterThan((early?.y ?? 0) + (early?.height ?? 0));
  release();
  await expect(page.getByTestId('baseline-0-0')).toBeVisible();
  const late = await figure.boundingBox();
  expect(late?.y).toBeCloseTo(early?.y ?? -1, 0);
  expect(late?.x).toBeCloseTo(early?.x ?? -1, 0);
});

test('a keyboard user keeps their place when the calculator takes over', async ({ page }) => {
  const release = await holdCalculator(page);
  await page.goto('/');
  await expect(page.getByTestId('loading')).toBeVisible();
  // The skip link, then the language switch: focus is on the switch when the calculator comes.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Cymraeg' })).toBeFocused();
  release();
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Cymraeg' })).toBeFocused();
  // And <main>, where the skip link lands.
  await page.goto('/');
  await expect(page.getByTestId('baseline-0-0')).toBeVisible();
  const again = await holdCalculator(page);
  await page.reload();
  await expect(page.getByTestId('loading')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  again();
  await expect(page.getByTestId('loading')).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
});
