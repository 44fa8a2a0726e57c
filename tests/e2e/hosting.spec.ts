// The example host configuration works: served with the Content Security Policy and headers
// from dist/_headers, the app starts and works with no policy violation.
import { test, expect } from '@playwright/test';
import { figuresReady } from './ready';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';

const DIST = process.env.SHARECALC_DIST ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

/** The headers `_headers` gives every path (`/*`). */
function headersFor(): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) { inAll = line.trim() === '/*'; continue; }
    const [name, ...rest] = line.trim().split(':');
    if (inAll) headers[name] = rest.join(':').trim();
  }
  return headers;
}

let server: Server;
let base = '';
test.beforeAll(async () => {
  const headers = headersFor();
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(DIST, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
test.afterAll(async () => { await new Promise((resolve) => server.close(resolve)); });

test('the CSP in _headers allows everything the app does, and nothing needs unsafe-inline', async ({ page }) => {
  const csp = headersFor()['Content-Security-Policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain('frame-ancestors');
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base);
  await figuresReady(page);
  await page.getByTestId('baseline-0-0').fill('2m');
  await page.getByRole('button', { name: 'Add a service' }).click();
  // The real councils' file is fetched from the same origin, so connect-src 'self' allows it.
  await page.locator('[data-testid=councils] > summary').click();
  await expect(page.getByTestId('council-search')).toBeVisible();
  // The spreadsheet download starts its own program (a module imported when pressed).
  const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
  await page.goto(base + '?view=summary&accent=005ea5');
  await figuresReady(page);
  expect(problems).toEqual([]);
});
