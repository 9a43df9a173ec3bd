const AxeBuilder = require('@axe-core/playwright').default;
const { expect } = require('@playwright/test');

/**
 * Runs `fn` on a page that shows exactly what `page` shows and can run scripts for inspection.
 * With JavaScript on, that is `page` itself. With it off (the no-js project), scripts cannot be
 * injected, so the same HTML is served again to a scriptable page whose own site scripts are
 * blocked: what is inspected is still the page as rendered without JavaScript.
 */
async function inspect(page, javaScriptEnabled, fn) {
  if (javaScriptEnabled) return fn(page);
  const url = page.url();
  const html = await page.content();
  const ctx = await page.context().browser().newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
  try {
    await ctx.route('**/*', (route) => {
      const req = route.request();
      if (req.resourceType() === 'script') return route.abort();
      if (req.resourceType() === 'document' && req.url() === url) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return route.continue();
    });
    const copy = await ctx.newPage();
    await copy.goto(url);
    return await fn(copy);
  } finally {
    await ctx.close();
  }
}

/** Zero WCAG 2.1 A/AA violations on the current page. */
async function expectAxeClean(page, javaScriptEnabled) {
  await inspect(page, javaScriptEnabled, async (p) => {
    const results = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  });
}

/** How far the document overflows horizontally at the current viewport (≤ 0: no scroll). */
async function horizontalOverflow(page, javaScriptEnabled) {
  return inspect(page, javaScriptEnabled, (p) =>
    p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

/** Waits until the islands are hydrated (JS project only). */
async function waitForHydration(page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });
}

module.exports = { expectAxeClean, horizontalOverflow, inspect, waitForHydration };
