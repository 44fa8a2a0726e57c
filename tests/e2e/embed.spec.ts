// Embedding on a council's site and the residents' summary: display options in the query
// string, a host page on another origin that sizes the iframe with embed.js, and the code
// generator's snippet.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SIMPLE, fragmentOf } from './scenarios';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const APP = `http://127.0.0.1:${process.env.SHARECALC_PORT ?? 4173}`;

const FRAGMENT = fragmentOf(SIMPLE);

// A host page on its own loopback origin: its HTML is whatever the test puts in `hostBody`.
let host: Server;
let hostUrl = '';
let hostBody = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en-GB"><head><title>Council page</title></head><body><h1>Our council</h1>${hostBody}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
test.afterAll(async () => { await new Promise((resolve) => host.close(resolve)); });

function frameHeight(page: Page) {
  return page.locator('iframe[data-sharecalc]').evaluate((f) => f.getBoundingClientRect().height);
}

test('the residents\' summary is read-only and its reality check leaves the link alone', async ({ page }) => {
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.locator('input[data-testid^=baseline]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Two councils share finance' })).toBeVisible();
  const before = page.url();
  // Half the savings: net -125,000, 75,000, 75,000 → NPV 25,000.
  await page.getByLabel('What if only this share of the planned savings arrives?').fill('50');
  await expect(page.getByTestId('what-if-value')).toHaveText('50%');
  await expect(page.getByTestId('npv')).toHaveText('£25,000');
  await page.waitForTimeout(600);
  expect(page.url()).toBe(before);
  const full = await page.getByTestId('open-full').getAttribute('href');
  expect(full).not.toContain('view=summary');
  // The full calculator opens the shared scenario as planned, not the what-if.
  await page.goto(full!);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('500,000');
});

test('lock=1 hides editing, saving and importing', async ({ page }) => {
  await page.goto('/?lock=1' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.locator('input[data-testid^=baseline]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a partner' })).toHaveCount(0);
  await expect(page.getByText('Start from an example')).toHaveCount(0);
  await expect(page.locator('input[type=file]')).toHaveCount(0);
  await expect(page.getByTestId('uncertainty-savings-low')).toHaveCount(0);
  await expect(page.getByTestId('how-sure')).toBeVisible();
});

test('embed=1 drops the header and footer; leaving links open a new tab', async ({ page }) => {
  await page.goto('/?view=summary&embed=1' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  await expect(page.locator('header')).toHaveCount(0);
  await expect(page.locator('footer')).toHaveCount(0);
  await expect(page.getByTestId('open-full')).toHaveAttribute('target', '_blank');
});

test('an accent colour is used when readable and refused with a warning when not', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('/?accent=005ea5');
  await expect(page.getByTestId('npv')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--app-accent').trim())).toBe('#005ea5');
  await page.goto('/?accent=ffff00');
  await expect(page.getByTestId('npv')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--app-accent').trim())).toBe('#1d70b8');
  expect(warnings.join('\n')).toContain('contrast');
});

test('on a host page, embed.js sizes the iframe to its content as it grows and shrinks', async ({ page }) => {
  hostBody = `<iframe data-sharecalc src="${APP}/?embed=1${FRAGMENT}" title="Calculator" style="width:100%;height:300px;border:0"></iframe>
    <script src="${APP}/embed.js"></script>`;
  await page.goto(hostUrl);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(1000);
  const start = await frameHeight(page);
  const frame = page.frameLocator('iframe[data-sharecalc]');
  for (let i = 0; i < 3; i++) await frame.getByRole('button', { name: 'Add a service' }).click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(start + 100);
  const grown = await frameHeight(page);
  for (let i = 0; i < 3; i++) await frame.getByRole('button', { name: /^Remove Service/ }).first().click();
  await expect.poll(() => frameHeight(page)).toBeLessThan(grown - 100);
});

test('a resize message from any other window is ignored', async ({ page }) => {
  hostBody = `<iframe data-sharecalc src="${APP}/?view=summary&embed=1${FRAGMENT}" title="Calculator" style="width:100%;height:300px;border:0"></iframe>
    <script src="${APP}/embed.js"></script>`;
  await page.goto(hostUrl);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(1000);
  // The page draws its longer parts just after the first paint: wait until the height holds.
  let settled = 0;
  await expect.poll(async () => {
    const before = settled;
    settled = await frameHeight(page);
    await page.waitForTimeout(200);
    return before === settled && settled === (await frameHeight(page));
  }).toBe(true);
  await page.evaluate(() => window.postMessage({ type: 'sharecalc:resize', height: 250 }, '*'));
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(settled);
});

test('the generated snippet, pasted into a host page, works', async ({ page, context }) => {
  await page.goto('/' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  const snippet = await page.getByTestId('embed-code').inputValue();
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('referrerpolicy="no-referrer"');
  expect(snippet).toContain('sandbox="');
  expect(snippet).toContain('embed.js');
  hostBody = snippet;
  const other = await context.newPage();
  await other.goto(hostUrl);
  const frame = other.frameLocator('iframe[data-sharecalc]');
  await expect(frame.getByTestId('npv')).toHaveText('£250,000');
  await expect.poll(() => frameHeight(other)).toBeGreaterThan(1000);
});

test('the app asks nothing of any origin but its own', async ({ page }) => {
  const origins = new Set<string>();
  page.on('request', (r) => { const u = new URL(r.url()); if (u.protocol.startsWith('http')) origins.add(u.origin); });
  await page.goto('/');
  await page.getByTestId('baseline-0-0').fill('1m');
  await page.getByTestId('download-csv').click();
  await page.goto('/?view=summary' + FRAGMENT);
  await expect(page.getByTestId('npv')).toHaveText('£250,000');
  expect([...origins]).toEqual([APP]);
  expect(await page.context().cookies()).toEqual([]);
});

test('axe finds nothing in the summary and embed views', async ({ page }) => {
  for (const url of ['/?view=summary' + FRAGMENT, '/?view=summary&embed=1' + FRAGMENT, '/?embed=1' + FRAGMENT, '/?lock=1' + FRAGMENT]) {
    await page.goto(url);
    await expect(page.getByTestId('npv')).toHaveText('£250,000');
    await expect(page.locator('#evidence-heading')).toBeVisible(); // drawn just after the first paint
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations, url).toEqual([]);
  }
});

test('the embed code follows the choices: view, language, colour, lock and height', async ({ page }) => {
  await page.goto('/' + FRAGMENT);
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/view=summary&amp;embed=1&amp;lock=1#s=/);
  await page.getByLabel('The full calculator').check();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('cy');
  await page.getByLabel('Brand colour (optional)').fill('005ea5');
  await page.getByLabel('Lock the scenario (no editing, saving or opening files)').uncheck();
  await page.getByLabel('Height without JavaScript, in pixels').fill('900');
  await expect(code).toHaveValue(/src="[^"]*\?embed=1&amp;lang=cy&amp;accent=005ea5#s=/);
  await expect(code).toHaveValue(/height:900px/);
  // A colour that fails contrast is explained and left out of the code.
  await page.getByLabel('Brand colour (optional)').fill('ffff00');
  await expect(page.locator('#embed-accent-error')).toContainText('contrast');
  await expect(code).not.toHaveValue(/accent=/);
});
