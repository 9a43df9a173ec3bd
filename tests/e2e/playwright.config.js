// Browser tests: Debian's Chromium (never a downloaded browser), every spec with and without JS.
const { defineConfig } = require('@playwright/test');
const os = require('os');
const path = require('path');
const fs = require('fs');

const port = Number(process.env.E2E_PORT || 3917);
// Workers load this file again: they inherit the directory through the environment.
const dbDir = process.env.E2E_DB_DIR || (process.env.E2E_DB_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'equilibre-e2e-')));
const bin = process.env.EQUILIBRE_BIN || path.resolve(__dirname, '../../target/debug/equilibre');

const chromium = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

module.exports = defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.js/,
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    viewport: { width: 390, height: 844 },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // Staff accounts for the staff specs (one per project: a one-time link works once); the
    // links the CLI prints are read by staff.spec.js.
    command: [`${bin} demo-data > /dev/null`].concat(['commune', 'admin', 'agent'].flatMap((role) => ['js', 'no-js'].map((p) =>
      `${bin} users add --email e2e-${role}-${p}@lille.fr --role ${role}${{ commune: ' --commune 59512', agent: ' --site 1', admin: '' }[role]} > ${dbDir}/${role}-${p}.txt`)))
      .concat([`exec ${bin} serve`]).join(' && '),
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      EQUILIBRE_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${dbDir}/e2e.db`,
      EQUILIBRE_SITE_DIR: process.env.EQUILIBRE_SITE_DIR || path.resolve(__dirname, '../../target/site'),
      RUST_LOG: 'warn',
    },
  },
});
