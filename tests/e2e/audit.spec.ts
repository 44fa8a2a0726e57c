// What the screen-reader and keyboard audit (issue 22) found, each as a user meets it: actions
// told in a status message, Undo after removing a row, focus kept in view inside a scrolling
// table, regions only where content overflows, charts named once with their table toggles
// naming them, the summary's slider spoken once.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';

/** Opens the calculator (`query` added to the address) and waits for its figures. */
async function open(page: Page, query = '') {
  await page.goto('/' + query);
  await figuresReady(page);
  await expect(page.locator('#evidence-heading')).toBeVisible();
}

const status = (page: Page) => page.getByTestId('action-status');
const partnerRows = (page: Page) => page.locator('section[aria-labelledby="partners-heading"] tbody tr');

test('moving, adding and removing a partner or a service is said in a status message', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Move up Kestrel Borough Council' }).click();
  await expect(status(page)).toHaveText('Kestrel Borough Council moved to position 1.');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.getByRole('button', { name: 'Move down Kestrel Borough Council' }).click();
  await expect(status(page)).toHaveText('Kestrel Borough Council moved to position 2.');
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(status(page)).toHaveText('Partner 5 added.');
  await page.getByRole('button', { name: 'Add a service' }).click();
  await expect(status(page)).toHaveText('Service 7 added.');
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(status(page)).toHaveText('Legal removed.');
});

test('the status messages are in Welsh on a Welsh page', async ({ page }) => {
  await open(page, '?lang=cy');
  await page.getByRole('button', { name: 'Symud i fyny Cyngor Bwrdeistref Kestrel' }).click();
  await expect(status(page)).toHaveText('Mae Cyngor Bwrdeistref Kestrel wedi symud i safle 1.');
  await page.getByRole('button', { name: 'Ychwanegu partner' }).click();
  await expect(status(page)).toHaveText('Wedi ychwanegu Partner 5.');
  await page.getByRole('button', { name: 'Tynnu Cyngor Bwrdeistref Kestrel', exact: true }).click();
  await expect(status(page)).toHaveText('Wedi tynnu Cyngor Bwrdeistref Kestrel.');
});

test('the figures are not announced again after a move that leaves them as they were', async ({ page }) => {
  await open(page);
  // Once the page has settled, count every change to the announcer.
  await page.waitForTimeout(1500);
  await page.getByTestId('announcer').evaluate((el) => {
    (window as any).announced = 0;
    new MutationObserver((records) => { (window as any).announced += records.length; })
      .observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Move down Heron Vale District Council' }).click();
  await expect(status(page)).toHaveText('Heron Vale District Council moved to position 2.');
  await page.waitForTimeout(2000);
  expect(await page.evaluate(() => (window as any).announced)).toBe(0);
  // A change to the figures is still announced.
  await page.getByTestId('baseline-0-0').fill('700000');
  await expect(page.getByTestId('announcer')).toContainText('Figures updated', { timeout: 5000 });
});

test('Undo after removing a partner puts back exactly what was there', async ({ page }) => {
  await open(page);
  // Something typed that cannot be read yet is kept as typed.
  await page.getByTestId('baseline-1-2').fill('12k3');
  const before = await page.locator('main input, main select').evaluateAll((els) =>
    els.map((e) => `${e.id}=${(e as HTMLInputElement).value}`));
  await page.getByRole('button', { name: 'Remove Kestrel Borough Council' }).click();
  await expect(partnerRows(page)).toHaveCount(3);
  await expect(page.getByTestId('removed-partner')).toContainText('Kestrel Borough Council removed.');
  await page.getByTestId('undo-removed-partner').click();
  await expect(partnerRows(page)).toHaveCount(4);
  await expect(page.getByTestId('removed-partner-status'))
    .toHaveText('The scenario is back as it was before “Remove Kestrel Borough Council”.');
  await expect(page.getByTestId('removed-partner-status')).toBeFocused();
  await expect(page.getByTestId('removed-partner')).toBeHidden();
  const after = await page.locator('main input, main select').evaluateAll((els) =>
    els.map((e) => `${e.id}=${(e as HTMLInputElement).value}`));
  expect(after).toEqual(before);
});

test('Undo after removing a service, offered until the next edit', async ({ page }) => {
  await open(page);
  const rows = page.locator('#costs-heading ~ div table tbody tr').first().locator('xpath=..').locator('tr');
  const count = await rows.count();
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(rows).toHaveCount(count - 1);
  await page.getByTestId('undo-removed-service').click();
  await expect(rows).toHaveCount(count);
  await expect(page.getByRole('button', { name: 'Remove Legal' })).toBeVisible();
  // After another edit, Undo would lose it, so it goes.
  await page.getByRole('button', { name: 'Remove Legal' }).click();
  await expect(page.getByTestId('undo-removed-service')).toBeVisible();
  await page.getByTestId('baseline-0-0').fill('700000');
  await expect(page.getByTestId('undo-removed-service')).toBeHidden();
});

for (const lang of ['en', 'cy']) {
  test(`charts are named once and each table toggle names its chart (${lang})`, async ({ page }) => {
    for (const query of [lang === 'cy' ? '?lang=cy' : '', `?view=summary${lang === 'cy' ? '&lang=cy' : ''}`]) {
      await page.goto('/' + query);
      await expect(page.locator('svg.app-chart__svg').first()).toBeVisible();
      const charts = await page.locator('figure.app-chart').evaluateAll((figures) => figures.map((f) => ({
        title: f.querySelector('h3, h4')?.textContent?.trim() ?? '',
        toggle: f.querySelector('summary')?.textContent?.trim() ?? '',
      })));
      expect(charts.length, query).toBeGreaterThan(1);
      for (const c of charts.filter((c) => c.toggle)) {
        expect(c.toggle, query).toBe(lang === 'cy' ? `Dangos “${c.title}” fel tabl` : `Show “${c.title}” as a table`);
      }
      for (const svg of await page.locator('svg.app-chart__svg[role="img"]').all()) {
        const desc = (await svg.locator('desc').textContent())?.trim() ?? '';
        const title = await svg.evaluate((s) => document.getElementById(
          (s.getAttribute('aria-labelledby') ?? '').split(' ')[0])?.textContent?.trim() ?? '');
        await expect(svg).toHaveAccessibleName(title);
        await expect(svg).toHaveAccessibleDescription(desc);
      }
    }
  });
}

test('the summary slider value is not a live region', async ({ page }) => {
  await page.goto('/?view=summary');
  const output = page.getByTestId('what-if-value');
  await expect(output).toHaveText(/%/);
  // <output> is a status (polite live region) unless told otherwise.
  await expect(output).toHaveAttribute('aria-live', 'off');
});

/** The share (0 to 1) of the focused element's area inside its scrolling box. */
async function shareInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.closest('.app-table-scroll') as HTMLElement;
    const a = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    // Inside the box, and inside the window.
    const right = Math.min(a.right, b.right, document.documentElement.clientWidth);
    const bottom = Math.min(a.bottom, b.bottom, document.documentElement.clientHeight);
    const w = Math.max(0, right - Math.max(a.left, b.left, 0));
    const h = Math.max(0, bottom - Math.max(a.top, b.top, 0));
    return (w * h) / (a.width * a.height);
  });
}

for (const width of [1024, 1280]) test(`a Remove button reached with Tab inside a sideways-scrolling table is wholly in view at ${width} px`, async ({ page }) => {
  await page.setViewportSize({ width, height: 800 });
  await open(page);
  const removes = page.locator('.app-table-scroll button', { hasText: /^Remove/ });
  const count = await removes.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    const button = removes.nth(i);
    if (await button.isDisabled()) continue;
    // Reach it as a keyboard user does: Tab from the box just before it.
    await button.evaluate((b) => {
      const before = Array.from(b.closest('tr')!.querySelectorAll<HTMLElement>('input, button:not([disabled])'));
      const at = before.indexOf(b as HTMLElement);
      before[at - 1].focus();
    });
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect.poll(() => shareInView(page), { message: await button.textContent() ?? '' }).toBeGreaterThan(0.99);
  }
});

for (const width of [1280, 390]) {
  test(`at ${width} px a scrolling table is a region with a Tab stop only when it overflows, named briefly and once`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    // Open every "Show as a table", so that the tables inside are measured too.
    for (const summary of await page.locator('details:not([open]) > summary').all()) {
      if (await summary.isVisible()) await summary.click();
    }
    await page.waitForTimeout(300);
    const boxes = await page.locator('.app-table-scroll').evaluateAll((els) => els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({
        overflows: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        region: el.getAttribute('role') === 'region',
        tabStop: el.getAttribute('tabindex') === '0',
        name: (el.getAttribute('aria-labelledby') ?? '').split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
        around: (el.parentElement?.closest('[role="region"], section[aria-labelledby]')
          ?.getAttribute('aria-labelledby') ?? '').split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
      })));
    expect(boxes.length).toBeGreaterThan(8);
    for (const b of boxes) {
      expect(b.tabStop, JSON.stringify(b)).toBe(b.overflows);
      if (b.region) {
        expect(b.overflows, JSON.stringify(b)).toBe(true);
        expect(b.name.length, b.name).toBeGreaterThan(0);
        expect(b.name.length, b.name).toBeLessThanOrEqual(60);
        expect(b.name, 'a region inside one of the same name').not.toBe(b.around);
      }
    }
    const regions = await page.getByRole('region').count();
    console.log(`${width} px: ${boxes.length} scrolling boxes, ${boxes.filter((b) => b.overflows).length} overflow; ${regions} regions`);
  });
}

for (const lang of ['en', 'cy']) {
  test(`the embed form's brand colour error follows the GOV.UK pattern in plain words (${lang})`, async ({ page }) => {
    await open(page, lang === 'cy' ? '?lang=cy' : '');
    const box = page.locator('#embed-accent');
    const summary = page.getByTestId('embed-error-summary');
    await expect(summary).toHaveCount(0);
    await box.fill('zz');
    const words = lang === 'cy' ? 'Rhowch liw fel 6 llythyren neu rif, fel 1d70b8' : 'Enter a colour as 6 letters or numbers, like 1d70b8';
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#embed-accent-error')).toContainText(words);
    await expect(summary).toContainText(lang === 'cy' ? 'Mae problem wedi codi' : 'There is a problem');
    // The summary is at the top of the form, and its link takes focus to the box.
    const link = summary.getByRole('link', { name: words });
    await link.click();
    await expect(box).toBeFocused();
    expect(page.url()).not.toContain('#embed-accent');
    await box.fill('1d70b8');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(summary).toHaveCount(0);
  });
}

test('a new partner raises no error until the user leaves its row; a hint says what it needs', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(page.getByLabel('Partner 5 name')).toBeFocused();
  const population = page.getByLabel('Population of partner 5 (residents, optional)');
  // Customer services is split by population: a hint, not an error.
  await expect(page.locator('#partners-heading ~ div .app-cell__note')).toContainText('Population of Partner 5 needs');
  await expect(population).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('announcer')).not.toContainText('not been updated');
  await expect(page).not.toHaveTitle(/^Error/);
  // Within the row, still nothing.
  await page.keyboard.press('Tab');
  await expect(population).toBeFocused();
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  // Leaving the row: the error, in the GOV.UK pattern.
  await page.getByTestId('baseline-0-0').focus();
  await expect(page.locator('.app-error-summary')).toContainText('Population of Partner 5 needs');
  await expect(population).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('announcer')).toContainText('not been updated', { timeout: 5000 });
});

test('saving the figures shows a new row’s problem at once', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  // Using the figures (saving them) shows the new row's problem at once.
  await page.getByTestId('save-scenario').click();
  await expect(page.locator('.app-error-summary')).toContainText('Population of Partner 5 needs');
});
