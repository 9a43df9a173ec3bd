const AxeBuilder = require('@axe-core/playwright').default;
const { expect } = require('@playwright/test');

/** Zero WCAG 2.1 A/AA violations on the current page. */
async function expectAxeClean(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the islands are hydrated (JS project only). */
async function waitForHydration(page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });
}

module.exports = { expectAxeClean, waitForHydration };
