// Waiting for the calculator itself, not its preview: on a calculator address the residents'
// small program first draws the figures at a glance and a loading status, and the calculator
// takes the page over a moment later (crates/web/src/take_over.rs). A test that acts as soon as
// a figure shows would act on the preview, which has nothing to type into, no charts and no
// tables yet.
import { expect, Page } from '@playwright/test';

/** Waits until the page shows its figures and no loading status: the calculator (or the
 *  residents' page, which has no loading status) is the one on screen. */
export async function figuresReady(page: Page) {
  await expect(page.getByTestId('npv')).toHaveText(/£/);
  await expect(page.getByTestId('loading')).toHaveCount(0);
}

/** Opens `path`, collecting every console error and uncaught exception from then on, and waits
 *  for the calculator: the list returned is what a test expects to stay empty. */
export async function openWatched(page: Page, path = '/'): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(path);
  await figuresReady(page);
  return problems;
}
