// Every page, in every language: right lang/dir, one h1, axe clean, no horizontal scroll at 320 px.
const { test, expect } = require('@playwright/test');
const { expectAxeClean, horizontalOverflow, inspect } = require('./helpers');

const LOCALES = [['fr', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']];
const PAGES = ['', '/eligibilite', '/communes', '/communes/59512', '/quartiers/59512-001', '/accueil', '/rendez-vous', '/accessibilite', '/confidentialite', '/page-inexistante'];

for (const [lang, dir] of LOCALES) {
  for (const path of PAGES) {
    test(`/${lang}${path} is accessible`, async ({ page, javaScriptEnabled }) => {
      await page.goto(`/${lang}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('h1')).toHaveCount(1);
      await expectAxeClean(page, javaScriptEnabled);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await horizontalOverflow(page, javaScriptEnabled), 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    });
  }
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/fr');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  // The next focusable element is inside <main>, not the header again.
  await expect(page.locator('main :focus')).toHaveCount(1);
});

test('the language switcher works and is remembered', async ({ page }) => {
  await page.goto('/fr/eligibilite');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/eligibilite$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ar$/);
});

test('the home page links to each part and the footer to the statutory pages', async ({ page }) => {
  await page.goto('/en');
  // Every part of the portal, in the order people need them; nothing announced as "coming soon".
  const cards = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(cards).toHaveText([
    'Can I apply for social housing?', 'Submitting an application', 'Book my interview',
    'Reception and information sites', 'Housing and waiting times by town', 'Allocations report',
  ]);
  await expect(page.getByRole('main')).not.toContainText('Coming soon');
  await page.getByRole('main').getByRole('link', { name: 'Book my interview' }).click();
  await expect(page).toHaveURL(/\/en\/rendez-vous$/);
  await page.goto('/en');
  await page.getByRole('main').getByRole('link', { name: 'Can I apply for social housing?' }).click();
  await expect(page).toHaveURL(/\/en\/eligibilite$/);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Personal data' }).click();
  await expect(page.locator('h1')).toHaveText('Personal data');
});
