// Start from real councils: the file of published budgets is fetched only when the picker
// opens; councils are found by name with the keyboard (an ARIA combobox) and their published
// figures fill the scenario to the pound; figures that cannot be entered are left empty with a
// note; a county chosen with its districts, a name that matches nothing, a Welsh council and a
// failed download are each explained; Undo puts back exactly what was on screen; axe finds
// nothing in either language with the picker open.
import { test, expect, Page } from '@playwright/test';
import { figuresReady } from './ready';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DATA_FILE = /\/councils-[0-9a-f]{16}\.tsv$/;

/** RFC 4180 rows of a CSV file. */
function csv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  return rows;
}

/** The published table itself (its numbers and codes are ASCII, so Latin-1 reads them). */
const RA = csv(readFileSync('data/england-ra-2023-24/RA_2023-24_data_Part_1.csv', 'latin1'));
/** A council's published figure for a line (database code), in pounds, as the box shows it. */
function published(ons: string, code: string): string {
  const row = RA.find((r) => r[1] === ons);
  const cell = row?.[RA[6].indexOf(code)];
  if (!cell || !/^-?[\d,]+$/.test(cell)) throw new Error(`no figure for ${ons} ${code}: ${cell}`);
  return (Number(cell.replace(/,/g, '')) * 1000).toLocaleString('en-GB');
}

async function openCalculator(page: Page, path = '/') {
  await page.goto(path);
  await figuresReady(page);
}

/** Opens the picker and waits for the councils to be there. */
async function openPicker(page: Page) {
  await page.locator('[data-testid=councils] > summary').click();
  await expect(page.getByTestId('council-search')).toBeVisible();
}

/** The values of the boxes `selector` finds, in page order. */
async function values(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

/** Chooses a council by typing its name and picking the first council found, by keyboard. */
async function choose(page: Page, typed: string, expected: string) {
  const box = page.getByTestId('council-search');
  await box.fill(typed);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('ArrowDown');
  const active = page.locator('#' + (await box.getAttribute('aria-activedescendant')));
  await expect(active).toContainText(expected);
  await expect(active).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(page.getByTestId('councils-chosen')).toContainText(expected);
}

async function tick(page: Page, service: string) {
  await page.getByTestId('council-lines').getByLabel(service, { exact: true }).check();
}

test('a first visit fetches neither the picker nor its data; opening it fetches each once, by hashed name', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (/councils/.test(new URL(r.url()).pathname)) fetched.push(r.url()); });
  await openCalculator(page);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await expect(page.locator('meta[name=sharecalc-councils]')).toHaveAttribute('content', /^councils-[0-9a-f]{16}\.tsv$/);
  await expect(page.locator('meta[name=sharecalc-councils-program]')).toHaveAttribute('content', /^councils-[0-9a-f]{16}$/);
  await openPicker(page);
  const summary = page.locator('[data-testid=councils] > summary');
  await summary.click();
  await summary.click();
  await expect(page.getByTestId('council-search')).toBeVisible();
  const paths = fetched.map((u) => new URL(u).pathname);
  expect(paths).toHaveLength(3);
  for (const file of [/^\/councils-[0-9a-f]{16}\.js$/, DATA_FILE, /^\/councils-[0-9a-f]{16}_bg\.wasm$/]) {
    expect(paths.filter((p) => file.test(p)), String(file)).toHaveLength(1);
  }
  for (const url of fetched) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  // Opened again, it listens once: one press of the down arrow reaches the first council.
  await page.getByTestId('council-search').fill('Kent');
  await page.getByTestId('council-search').press('ArrowDown');
  await expect(page.getByTestId('council-search')).toHaveAttribute('aria-activedescendant', 'council-option-0');
});

test('three councils and two services, by keyboard alone, fill the baselines to the pound', async ({ page }) => {
  await openCalculator(page);
  // Reach the picker with Tab from the top of the page and open it with Enter.
  const summary = page.locator('[data-testid=councils] > summary');
  for (let i = 0; i < 40 && !(await summary.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const box = page.getByTestId('council-search');
  await expect(box).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  for (const [typed, name] of [['adur', 'Adur'], ['ARUN', 'Arun'], ['worth', 'Worthing']]) {
    await page.keyboard.type(typed);
    await expect(page.getByTestId('council-search-status')).toHaveText(/council(s)? found/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#council-option-0')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('council-search-status')).toContainText(`${name} added.`);
  }
  await expect(page.getByTestId('council-search-status')).toHaveText('Worthing added. 3 councils chosen.');
  await expect(page.getByTestId('councils-chosen').locator('li')).toHaveText([
    /Adur.*District council/, /Arun.*District council/, /Worthing.*District council/,
  ]);
  // Tab on to the two services and tick them with Space, then on to the button.
  for (const id of ['council-line-envcll', 'council-line-envrcy', null]) {
    const target = id ? page.locator('#' + id) : page.getByTestId('councils-use');
    for (let i = 0; i < 60 && !(await target.evaluate((t) => t === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press(id ? 'Space' : 'Enter');
  }
  await expect(page.getByTestId('replaced')).toBeFocused();
  await expect(page.getByTestId('councils-filled')).toContainText('the 2023-24 budgets of Adur, Arun and Worthing');
  await expect(page.locator('#title')).toHaveValue('Adur, Arun and Worthing: Waste collection and Recycling');
  const codes = [['Adur', 'E07000223'], ['Arun', 'E07000224'], ['Worthing', 'E07000229']];
  expect(await values(page, 'input[id^=partner-][id$=-name]')).toEqual(codes.map(([name]) => name));
  for (const [p, [, ons]] of codes.entries()) {
    for (const [s, line] of ['envcll', 'envrcy'].entries()) {
      await expect(page.getByTestId(`baseline-${s}-${p}`)).toHaveValue(published(ons, line));
    }
  }
  expect(await values(page, 'input[id^=partner-][id$=-population]')).toEqual(['64,187', '161,123', '110,727']);
  // The published figures, as the table writes them: Adur's waste collection is 488 (£ thousand).
  await expect(page.getByTestId('baseline-0-0')).toHaveValue('488,000');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  // Where the figures come from: the method section names the publication and both licences.
  const method = page.getByTestId('method-source');
  await expect(method).toContainText('budgets for 2023-24, net of income');
  await expect(method).toContainText('Open Government Licence v3.0: Revenue Account budget 2023-24, Department for Levelling Up, Housing and Communities.');
  await expect(method).toContainText('Council names, codes and populations: mySociety, CC BY 4.0.');
});

test('figures not published or net income are left empty with a note saying why', async ({ page }) => {
  await openCalculator(page);
  await openPicker(page);
  await choose(page, 'Adur', 'Adur');
  await choose(page, 'Slough', 'Slough');
  await expect(page.getByTestId('councils-chosen')).toContainText('No budget published for 2023-24');
  await choose(page, 'Kent', 'Kent');
  await tick(page, 'Parking services');
  await tick(page, 'Libraries');
  await page.getByTestId('councils-use').click();
  await expect(page.getByTestId('councils-filled')).toContainText('3 boxes are empty');
  // Parking: Adur's is net income (published as -283), Slough sent no return, Kent's is 0.
  expect(published('E07000223', 'transprk')).toBe('-283,000');
  await expect(page.getByTestId('baseline-0-0')).toHaveValue('');
  await expect(page.getByTestId('baseline-0-1')).toHaveValue('');
  await expect(page.getByTestId('baseline-0-2')).toHaveValue(published('E10000016', 'transprk'));
  await expect(page.getByTestId('baseline-1-0')).toHaveValue(published('E07000223', 'cullib'));
  await expect(page.getByTestId('baseline-1-1')).toHaveValue('');
  await expect(page.getByTestId('baseline-1-2')).toHaveValue('17,745,000');
  const note = (cell: string) => page.locator(`#${cell}-note`);
  const adurParking = await page.getByTestId('baseline-0-0').getAttribute('id');
  await expect(note(adurParking!)).toHaveText('Published as −£283,000 for 2023-24: net income, as the service earns more than it costs. It is not entered, as it is not a cost to share.');
  await expect(page.getByTestId('baseline-0-0')).toHaveAttribute('aria-describedby', new RegExp(`${adurParking}-note`));
  const sloughLibrary = await page.getByTestId('baseline-1-1').getAttribute('id');
  await expect(note(sloughLibrary!)).toHaveText('Not published: Slough sent no budget return for 2023-24.');
  // The empty boxes are for the user: the error summary sends them there, and typing a figure
  // makes the scenario whole again.
  await expect(page.locator('.app-error-summary')).toContainText('Parking services: annual cost for Adur');
  for (const cell of ['baseline-0-0', 'baseline-0-1', 'baseline-1-1']) await page.getByTestId(cell).fill('100k');
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
  await expect(note(sloughLibrary!)).toBeVisible();
});

test('a council with no population is left for the user to fill in', async ({ page }) => {
  // Every current English council has a 2020 population in the register, so the file is
  // served with Adur's taken out.
  await page.route(DATA_FILE, async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^(E07000223\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t)64187\t/m, '$1\t');
    await route.fulfill({ response, body: text });
  });
  await openCalculator(page);
  await openPicker(page);
  await choose(page, 'Adur', 'Adur');
  await choose(page, 'Arun', 'Arun');
  await tick(page, 'Waste collection');
  await page.getByTestId('councils-use').click();
  const population = page.locator('input[id^=partner-][id$=-population]');
  expect(await values(page, 'input[id^=partner-][id$=-population]')).toEqual(['', '161,123']);
  const id = await population.first().getAttribute('id');
  await expect(page.locator(`#${id}-note`)).toHaveText('No 2020 population is published for Adur.');
  await expect(page.getByTestId('councils-filled')).toContainText('1 box is empty');
  // A population may be left empty: the figures are whole, without a figure per resident.
  await expect(page.locator('.app-error-summary')).toHaveCount(0);
});

test('a county chosen with districts inside it: residents counted twice, services different', async ({ page }) => {
  await openCalculator(page);
  await openPicker(page);
  await choose(page, 'Kent', 'Kent');
  await choose(page, 'Adur', 'Adur');
  await expect(page.getByTestId('councils-overlap')).toHaveCount(0);
  await choose(page, 'Ashford', 'Ashford');
  await expect(page.getByTestId('council-search-status')).toContainText('Ashford is a district inside Kent.');
  await choose(page, 'Dover', 'Dover');
  const overlap = page.getByTestId('councils-overlap');
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toContainText('Ashford and Dover are districts inside Kent.');
  await expect(overlap).toContainText('Residents of Ashford and Dover are also residents of Kent, so per-resident figures and a split by population count them twice.');
  await expect(overlap).toContainText('A county and its districts run different services');
  await expect(page.getByTestId('councils-chosen').locator('li').first()).toContainText('County council');
  // Removing the county removes the warning; focus moves to the next Remove button.
  await page.getByRole('button', { name: 'Remove Kent' }).click();
  await expect(overlap).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove Adur' })).toBeFocused();
  await expect(page.getByTestId('council-search-status')).toHaveText('Kent removed. 3 councils chosen.');
});

test('a name that matches nothing, a Welsh council, and too little chosen', async ({ page }) => {
  await openCalculator(page);
  await openPicker(page);
  const box = page.getByTestId('council-search');
  await box.fill('Narnia');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('councils-no-match')).toHaveText('No council in England matches “Narnia”. Check the spelling, or type less of the name.');
  await expect(page.getByTestId('council-search-status')).toContainText('No council in England matches');
  await box.fill('Cardiff');
  await expect(page.getByTestId('councils-elsewhere')).toHaveText('Cardiff is in Wales. Figures for Welsh councils are not available here yet: add it as a partner and type its figures.');
  await box.fill('Glasgow');
  await expect(page.getByTestId('councils-elsewhere')).toContainText('Glasgow City is in Scotland.');
  // Escape closes the list; the title is not changed by anything typed here.
  await box.fill('Ken');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  const title = await page.locator('#title').inputValue();
  await box.fill('');
  await page.getByTestId('councils-use').click();
  const errors = page.getByTestId('councils-errors');
  await expect(errors).toBeFocused();
  await expect(errors.locator('a')).toHaveText(['Choose at least 2 councils', 'Choose at least 1 service']);
  await errors.getByRole('link', { name: 'Choose at least 2 councils' }).click();
  await expect(box).toBeFocused();
  await expect(page.locator('#title')).toHaveValue(title);
  // Back-office services are explained where services are picked.
  await expect(page.getByTestId('councils-back-office')).toContainText('HR, finance, ICT and legal services are not listed');
});

test('a failed download says so and leaves the scenario alone; trying again works', async ({ page }) => {
  await page.route(DATA_FILE, (route) => route.abort());
  await openCalculator(page);
  const title = await page.locator('#title').inputValue();
  const npv = await page.getByTestId('npv').textContent();
  await openPicker(page).catch(() => undefined);
  const failed = page.getByTestId('councils-failed');
  await expect(failed).toContainText('The list of councils could not be loaded');
  await expect(failed).toContainText('Your scenario has not changed.');
  await expect(page.locator('#title')).toHaveValue(title);
  await expect(page.getByTestId('npv')).toHaveText(npv!);
  await page.unroute(DATA_FILE);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('council-search')).toBeVisible();
});

test('the picker\'s own program failing to download says so too', async ({ page }) => {
  await page.route(/\/councils-[0-9a-f]{16}_bg\.wasm$/, (route) => route.abort());
  await openCalculator(page);
  await page.locator('[data-testid=councils] > summary').click();
  await expect(page.getByTestId('councils-failed')).toContainText('The list of councils could not be loaded');
  await page.unroute(/\/councils-[0-9a-f]{16}_bg\.wasm$/);
  await page.getByTestId('councils-failed').getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('council-search')).toBeVisible();
});

test('Undo puts back exactly what was on screen, options kept to compare included', async ({ page }) => {
  await openCalculator(page);
  // Something half-typed, and an option kept to compare.
  await page.getByTestId('keep-option').click();
  await page.locator('#title').fill('My own figures');
  await page.getByTestId('baseline-1-2').fill('12x');
  await expect(page.locator('.app-error-summary')).toBeVisible();
  const before = await page.locator('input[id^=partner-], input[id^=service-]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await openPicker(page);
  await choose(page, 'Adur', 'Adur');
  await choose(page, 'Slough', 'Slough');
  await tick(page, 'Waste collection');
  await page.getByTestId('councils-use').click();
  await expect(page.locator('#title')).toHaveValue('Adur and Slough: Waste collection');
  await page.getByTestId('undo-replace').click();
  await expect(page.getByTestId('replaced-status')).toHaveText('The scenario is back as it was before “Use these figures”.');
  await expect(page.getByTestId('replaced-status')).toBeFocused();
  await expect(page.locator('#title')).toHaveValue('My own figures');
  await expect(page.getByTestId('baseline-1-2')).toHaveValue('12x');
  const after = await page.locator('input[id^=partner-], input[id^=service-]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(after).toEqual(before);
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(3);
  await expect(page.locator('[id$=-note]')).toHaveCount(0);
  await expect(page.getByTestId('undo-replace')).toBeHidden();
});

test('the residents\' summary of a scenario from the data gives the source and both licences', async ({ page }) => {
  await openCalculator(page);
  await openPicker(page);
  await choose(page, 'Adur', 'Adur');
  await choose(page, 'Worthing', 'Worthing');
  await tick(page, 'Waste collection');
  await page.getByTestId('councils-use').click();
  await figuresReady(page);
  await expect.poll(() => page.url()).toContain('#s=');
  await expect.poll(() => decodeURIComponent(page.url())).not.toContain('Heron');
  const fragment = new URL(page.url()).hash;
  await page.goto('/?view=summary' + fragment);
  const source = page.getByTestId('summary-source');
  await expect(source).toContainText('Where the figures come from');
  await expect(source).toContainText('Open Government Licence v3.0');
  await expect(source).toContainText('mySociety, CC BY 4.0');
  await page.goto('/?view=summary&lang=cy' + fragment);
  await expect(page.getByTestId('summary-source')).toContainText('Drwydded Llywodraeth Agored v3.0');
});

for (const lang of ['en', 'cy']) {
  test(`axe: the picker open, listing, with a warning and after filling, in ${lang}`, async ({ page }) => {
    // Three axe runs on the whole calculator: about 15 s alone, more on a busy machine.
    test.setTimeout(90_000);
    await openCalculator(page, lang === 'cy' ? '/?lang=cy' : '/');
    await openPicker(page);
    await choose(page, 'Kent', 'Kent');
    await choose(page, 'Ashford', 'Ashford');
    await page.getByTestId('council-search').fill('Ca');
    await page.getByTestId('council-search').press('ArrowDown');
    await expect(page.getByTestId('council-options')).toBeVisible();
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
    };
    await check('listing');
    await page.getByTestId('councils-use').click();
    await check('with an error');
    await page.getByTestId('council-lines').locator('input').first().check();
    await page.getByTestId('councils-use').click();
    await expect(page.getByTestId('replaced')).toBeVisible();
    await check('filled');
  });
}
