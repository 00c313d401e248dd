// End-to-end journeys against the release build in `dist`, served on 127.0.0.1 by the same
// static server the run command uses, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';
import { TIME_ZONE } from './tests/clock';

const port = Number(process.env.E2E_PORT ?? 4173);
// The sub-path build (`--public-url /clientwise/`), as a static host would serve it.
const subPort = port + 1;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  // Two cores: one browser at a time keeps timings honest.
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // The page's zone and language are fixed like its clock (tests/clock.ts), never the machine's.
    timezoneId: TIME_ZONE,
    locale: 'en-US',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'root', testIgnore: /subpath/ },
    // The calendar journey again in the zones furthest from UTC (+14:00 and -03:30/-02:30): no
    // date in the log, a report or a letter may shift by a day.
    { name: 'kiritimati', testMatch: /calendar/, use: { timezoneId: 'Pacific/Kiritimati' } },
    { name: 'st-johns', testMatch: /calendar/, use: { timezoneId: 'America/St_Johns' } },
    { name: 'subpath', testMatch: /subpath/, use: { baseURL: `http://127.0.0.1:${subPort}/clientwise/` } },
  ],
  webServer: [
    {
      command: `node ../scripts/serve.mjs ../dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node ../scripts/serve.mjs ../target/dist-subpath --port ${subPort} --base /clientwise/`,
      url: `http://127.0.0.1:${subPort}/clientwise/`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
