// "Download as a spreadsheet (xlsx)": the workbook's program is fetched only when the button is
// pressed, the file is a real workbook whose Summary NPV, recalculated by LibreOffice from its
// formulas, is the page's NPV, and a Welsh page gives a Welsh workbook.
import { test, expect, Page, Request } from '@playwright/test';
import { figuresReady } from './ready';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// LibreOffice recalculates and can take a while on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

/** LibreOffice's CSV export of every sheet: UTF-8, values not as shown (full precision). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** LibreOffice's setting for formulas in an xlsx file: 0 recalculates them all on opening,
 *  1 keeps the values the file holds (what the app wrote). */
function profile(dir: string, recalcMode: 0 | 1): string {
  const user = join(dir, `profile-${recalcMode}`, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
      `<value>${recalcMode}</value></prop></item>\n</oor:items>\n`,
  );
  return 'file://' + join(dir, `profile-${recalcMode}`);
}

/** RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Every sheet of the workbook at `path` as LibreOffice reads it (sheet name → rows), either
 *  recalculated from the formulas or with the values the file holds. */
function sheets(path: string, recalculate: boolean): Map<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sharecalc-xlsx-'));
  try {
    const out = join(dir, 'out');
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile(dir, recalculate ? 0 : 1)}`, '--headless', '--norestore',
        '--convert-to', CSV_FILTER, '--outdir', out, path],
      { env: { ...process.env, LC_ALL: 'C.UTF-8' }, stdio: 'pipe', timeout: 90_000 },
    );
    const stem = path.replace(/^.*\//, '').replace(/\.xlsx$/, '');
    const found = new Map<string, string[][]>();
    for (const name of readdirSync(out)) {
      const sheet = name.slice(stem.length + 1).replace(/\.csv$/, '');
      found.set(sheet, parseCsv(readFileSync(join(out, name), 'utf8')));
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number beside the label `label` in the first column of `rows`. */
function labelled(rows: string[][] | undefined, label: string): number {
  const row = (rows ?? []).find((r) => r[0] === label);
  expect(row, `a row labelled ${label}`).toBeTruthy();
  return Number(row![1]);
}

/** Reads "£1,234,567" or "−£45,000" as a number of pounds. */
function pounds(text: string | null): number {
  const t = (text ?? '').trim();
  const negative = t.startsWith('\u2212') || t.startsWith('-');
  const n = Number(t.replace(/[^0-9.]/g, ''));
  return negative ? -n : n;
}

/** Opens `path`, noting every request for the workbook's program. */
async function open(page: Page, path: string) {
  const problems: string[] = [];
  const fetched: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r: Request) => { if (/\/workbook[-.]/.test(r.url())) fetched.push(r.url()); });
  await page.goto(path);
  await figuresReady(page);
  return { problems, fetched };
}

/** Presses the button and saves the workbook; its path and suggested name. */
async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'sharecalc-dl-')), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

test('the spreadsheet recalculated by LibreOffice gives the page NPV, and its program is fetched only when asked for', async ({ page }) => {
  const { problems, fetched } = await open(page, '/');
  await page.getByTestId('baseline-0-0').fill('£1,234,567.89');
  await figuresReady(page);
  await page.waitForLoadState('networkidle');
  expect(fetched, 'a first visit and an edit fetch no workbook program').toEqual([]);

  const { path, name } = await download(page);
  expect(name).toMatch(/^[a-z0-9-]+\.xlsx$/);
  expect(fetched.some((u) => u.endsWith('.wasm')), 'the button fetched the program').toBe(true);
  await expect(page.getByTestId('download-note')).toHaveText(`Downloaded ${name}.`);

  const label = 'Net present value';
  const recalculated = labelled(sheets(path, true).get('Summary'), label);
  const stored = labelled(sheets(path, false).get('Summary'), label);
  // The app's own figure, written into the file, to the penny; the page shows whole pounds.
  expect(Math.abs(recalculated - stored)).toBeLessThan(0.005);
  expect(Math.round(recalculated)).toBe(pounds(await page.getByTestId('npv').textContent()));

  // Pressed again, the program is not fetched again.
  const before = fetched.length;
  await download(page);
  expect(fetched.length).toBe(before);
  expect(problems).toEqual([]);
});

test('on a Welsh page the button, the note and the workbook are Welsh, named from the title', async ({ page }) => {
  const { problems } = await open(page, '/?lang=cy');
  await expect(page.getByTestId('download-xlsx')).toHaveText('Lawrlwytho fel taenlen (xlsx)');
  await page.locator('#title').fill('Cydwasanaethau Môn a Gwynedd');
  const { path, name } = await download(page);
  expect(name).toBe('cydwasanaethau-mon-a-gwynedd.xlsx');
  await expect(page.getByTestId('download-note')).toHaveText(`Wedi lawrlwytho ${name}.`);
  const book = sheets(path, true);
  expect([...book.keys()].sort()).toEqual(
    ['Arian parod', 'Blwyddyn wrth flwyddyn', 'Crynodeb', 'Dull', 'Mewnbynnau', 'Partneriaid'],
  );
  const npv = labelled(book.get('Crynodeb'), 'Gwerth presennol net');
  expect(Math.round(npv)).toBe(pounds(await page.getByTestId('npv').textContent()));
  expect(problems).toEqual([]);
});

test('the button is reached and pressed with the keyboard', async ({ page }) => {
  await open(page, '/');
  const button = page.getByTestId('download-xlsx');
  await page.getByTestId('download-csv').focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
});
