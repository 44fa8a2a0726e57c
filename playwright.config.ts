// End-to-end tests run against the release build in dist/, served by Python's plain static
// server, so that what is tested is exactly what a council would deploy.
import { defineConfig } from '@playwright/test';

// SHARECALC_DIST and SHARECALC_PORT let two builds be tested side by side.
const port = Number(process.env.SHARECALC_PORT ?? 4173);
const dist = process.env.SHARECALC_DIST ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
