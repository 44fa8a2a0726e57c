// Accessibility end to end (WCAG 2.2 AA): axe-core on every view in both languages, with and
// without an error; the main task done with the keyboard alone, focus always visible; results
// announced politely once typing pauses; reflow at 320px and text at 200%; the statement page.
import { test, expect, Page, Locator } from '@playwright/test';
import { figuresReady } from './ready';
import AxeBuilder from '@axe-core/playwright';
import { deflateRawSync } from 'node:zlib';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, what).toEqual([]);
}

/** Opens `path` and waits for the whole page (for the statement, its heading). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  if (path.includes('view=accessibility')) return;
  await figuresReady(page);
  // The rest of the page is drawn just after the first paint; axe must see all of it.
  await expect(page.locator('#evidence-heading')).toBeVisible();
}

for (const lang of ['en', 'cy']) {
  const q = lang === 'cy' ? 'lang=cy' : '';
  const join = (...parts: string[]) => '/?' + [...parts, q].filter(Boolean).join('&');

  test(`axe: the editor and the embedded editor in ${lang}, with and without an error`, async ({ page }) => {
    // Four full axe runs over the whole calculator: about 16 s on an idle two-core machine.
    test.setTimeout(90_000);
    for (const path of [join(), join('embed=1')]) {
      await open(page, path);
      await expectNoViolations(page, path);
      await page.getByTestId('baseline-0-0').fill('abc');
      await expect(page.locator('.app-error-summary')).toBeVisible();
      await expectNoViolations(page, `${path} with an error`);
    }
  });

  test(`axe: the summary and the embedded summary in ${lang}, and a broken link`, async ({ page }) => {
    for (const path of [join('view=summary'), join('view=summary', 'embed=1')]) {
      await open(page, path);
      await expectNoViolations(page, path);
      await page.goto(path + '#s=this-is-not-a-scenario');
      await expect(page.getByTestId('link-problem')).toBeVisible();
      await expect(page.locator('#evidence-heading')).toBeVisible();
      await expectNoViolations(page, `${path} with a broken link`);
    }
  });

  test(`axe: the accessibility statement in ${lang}`, async ({ page }) => {
    await open(page, join('view=accessibility'));
    await expectNoViolations(page, 'statement');
  });
}

/** Whether the focused element shows a focus indicator (outline or the GOV.UK box shadow). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    return outline || s.boxShadow !== 'none';
  });
}

/** Presses Tab (or Shift+Tab, if the target is earlier in the page) until `target` has focus,
 *  checking after every key press that focus is visible. */
async function tabTo(page: Page, target: Locator, limit = 400) {
  const backwards = await target.evaluate((t) => {
    const a = document.activeElement;
    return !!a && a !== document.body && !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((t) => t === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    expect(await focusIsVisible(page), `focus visible after ${i + 1} presses`).toBe(true);
  }
  throw new Error('could not reach the target with the keyboard');
}

/** Replaces what is in the focused box by typing, as a keyboard user does. */
async function typeHere(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function tabAndType(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await typeHere(page, text);
}

test('keyboard only: build a 3-partner, 2-service scenario, read the NPV, copy the link', async ({ page, context }) => {
  // Some 150 key presses, each followed by a check that focus is visible: about 17 s idle.
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '/');
  // The skip link is the first stop and takes focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.locator('.app-skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  const partnerRows = page.locator('section[aria-labelledby="partners-heading"] tbody tr');
  await expect(partnerRows).toHaveCount(4);
  // Adding a row takes focus to the new row's first box, ready to type its name.
  await tabTo(page, page.getByRole('button', { name: 'Add a partner' }));
  await page.keyboard.press('Enter');
  await expect(partnerRows).toHaveCount(5);
  await expect(partnerRows.last().locator('input').first()).toBeFocused();
  expect(await focusIsVisible(page)).toBe(true);
  await tabTo(page, partnerRows.last().getByRole('button', { name: /^Remove/ }));
  await page.keyboard.press('Enter');
  await expect(partnerRows).toHaveCount(4);
  await tabTo(page, partnerRows.last().getByRole('button', { name: /^Remove/ }));
  await page.keyboard.press('Enter');
  await expect(partnerRows).toHaveCount(3);
  // Focus stays in the partners section, on something visible, not lost to the page.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('section[aria-labelledby="partners-heading"]'))).toBe(true);
  await expect.poll(() => focusIsVisible(page)).toBe(true);

  const costRows = page.locator('section[aria-labelledby="services-heading"] table').first().locator('tbody tr');
  while ((await costRows.count()) > 2) {
    await tabTo(page, costRows.last().getByRole('button', { name: /^Remove/ }));
    await page.keyboard.press('Enter');
    // Focus moves to a neighbouring control once the row is gone (on the next frame).
    await expect.poll(() => focusIsVisible(page)).toBe(true);
  }
  await expect(costRows).toHaveCount(2);

  await tabAndType(page, page.locator('#partner-0-name').or(page.getByLabel(/Partner 1 name/)).first(), 'Afon Council');
  const costs = [['1,000,000', '500,000', '500,000'], ['200,000', '200,000', '200,000']];
  for (let s = 0; s < 2; s++) {
    for (let p = 0; p < 3; p++) await tabAndType(page, page.getByTestId(`baseline-${s}-${p}`), costs[s][p]);
  }
  // A mistake: the error summary's link takes focus back to the box, which keeps the typing.
  await tabAndType(page, page.getByTestId('baseline-1-2'), '200,00O');
  const summary = page.locator('.app-error-summary');
  await expect(summary).toBeVisible();
  await tabTo(page, summary.getByRole('link').first());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('baseline-1-2')).toBeFocused();
  await expect(page.getByTestId('baseline-1-2')).toHaveValue('200,00O');
  await typeHere(page, '200,000');
  await expect(summary).toHaveCount(0);

  // Both services: 10% saving from year 1, no running cost; only the first has a one-off cost,
  // all in Year 1 (the example goes live in Year 2 and spreads one-off costs over two years).
  const service = (s: number, field: string) => page.locator(`[id^="service-"][id$="-${field}"]`).nth(s);
  for (let s = 0; s < 2; s++) {
    await tabAndType(page, service(s, 'saving-rate'), '10%');
    await tabAndType(page, service(s, 'ramp-years'), '1');
    await tabAndType(page, service(s, 'one-off-cost'), s === 0 ? '300,000' : '0');
    await tabAndType(page, service(s, 'running-cost-rate'), '0%');
    await tabAndType(page, service(s, 'savings-start-year'), '1');
    await tabAndType(page, service(s, 'one-off-profile'), '100');
  }
  // The first partner's own redundancy cost in the example is not part of this sum.
  const ownCosts = page.getByTestId('partner-costs').locator('tbody tr');
  while ((await ownCosts.count()) > 0) {
    await tabTo(page, ownCosts.first().getByRole('button', { name: /^Remove/ }));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusIsVisible(page)).toBe(true);
  }
  await tabAndType(page, page.locator('#horizon-years'), '3');
  await tabAndType(page, page.locator('#discount-rate'), '0%');
  // The example carries 20% optimism bias on one-off costs; this sum has none.
  await tabAndType(page, page.locator('#optimism-bias'), '0%');
  // Spend 2,600,000 a year, 10% saved = 260,000 a year for 3 years, less 300,000 one-off.
  await expect(page.getByTestId('npv')).toHaveText('£480,000');

  await tabTo(page, page.getByTestId('copy-link'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('share-status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/#s=[A-Za-z0-9_-]+$/);
  // The copied link opens the same scenario.
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await expect(fresh.getByTestId('npv')).toHaveText('£480,000');
  await expect(fresh.locator('section[aria-labelledby="partners-heading"] tbody tr')).toHaveCount(3);
});

test('results are announced politely once typing pauses, not on every keystroke', async ({ page }) => {
  await open(page, '/');
  const live = page.getByTestId('announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(live).toHaveText('');
  const box = page.getByTestId('baseline-0-0');
  await box.click();
  await box.press('Control+A');
  await box.pressSequentially('700000', { delay: 50 });
  // Still typing (each key within the quiet second): nothing is announced yet.
  await expect(live).toHaveText('');
  const npv = await page.getByTestId('npv').textContent();
  await expect(live).toContainText(`net present value ${npv}`, { timeout: 3000 });
  await box.fill('abc');
  await expect(live).toContainText('need', { timeout: 3000 });
});

for (const path of ['/', '/?view=summary', '/?view=accessibility', '/?lang=cy', '/?view=summary&lang=cy']) {
  test(`reflow: ${path} fits 320px without sideways scrolling of the page`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Wide data tables may scroll inside their own region (WCAG 1.4.10), which must then be
    // named and reachable by keyboard so it can be scrolled without a mouse. Inside a landmark
    // of the same name ("Partners" in "Partners"), that landmark names it.
    const scrolling = await page.locator('.app-table-scroll').evaluateAll((regions) =>
      regions.filter((r) => r.scrollWidth > r.clientWidth + 1).map((r) => ({
        tabindex: r.getAttribute('tabindex'),
        named: !!r.getAttribute('aria-labelledby') || !!r.getAttribute('aria-label')
          || !!r.parentElement?.closest(`[aria-labelledby="${r.getAttribute('data-labelledby')}"]`),
      })));
    for (const region of scrolling) expect(region).toEqual({ tabindex: '0', named: true });
  });
}

test('text at 200% loses nothing: no sideways scroll, figures and labels still shown', async ({ page }) => {
  await open(page, '/');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId('npv')).toBeVisible();
  const npvBox = await page.getByTestId('npv').boundingBox();
  expect(npvBox!.width).toBeGreaterThan(0);
  await expect(page.getByText('Net present value').first()).toBeVisible();
});

test('the accessibility statement is linked from the footer and leads back to the same scenario', async ({ page }) => {
  const fragment = '#s=' + deflateRawSync(Buffer.from(JSON.stringify({
    version: 1, title: 'Two councils share finance', horizon_years: 3, discount_rate: 0,
    partners: [{ name: 'Alpha' }, { name: 'Beta' }],
    services: [{ name: 'Finance', baseline: [1000000, 500000], saving_rate: 0.1, ramp_years: 1, one_off_cost: 200000 }],
  })), { level: 9 }).toString('base64url');
  await open(page, '/?lang=cy' + fragment);
  await page.getByTestId('statement-link').click();
  await expect(page.locator('h1')).toHaveText('Datganiad hygyrchedd sharecalc');
  for (const heading of ['Gweithdrefn orfodi', 'Statws cydymffurfio', 'Adborth a manylion cyswllt']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await page.getByTestId('statement-back').click();
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
});
