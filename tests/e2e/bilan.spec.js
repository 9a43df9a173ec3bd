// Journey: the bilan des attributions in public, then by staff — forms by keyboard, every page
// axe-clean in fr / en / ar, with and without JavaScript.
const { test, expect } = require('@playwright/test');
const { expectAxeClean } = require('./helpers');

test.describe.configure({ timeout: 90_000 });

test('anyone reads the bilan of a period and a territory, and downloads it', async ({ page, javaScriptEnabled }) => {
  await page.goto('/fr');
  await page.getByRole('link', { name: 'Bilan des attributions' }).first().click();
  await expect(page.locator('h1')).toContainText('Métropole européenne de Lille');
  // Demonstration figures say so; the rule set says which and that it has ended.
  await expect(page.locator('.notice--demo')).toContainText('Données de démonstration');
  await expect(page.locator('.ruleset')).toContainText('Objectifs : Convention intercommunale');
  await expect(page.locator('.ruleset')).toContainText('avaient pris fin avant cette période');
  await page.getByLabel('Période', { exact: true }).selectOption('2025-S2');
  await page.getByLabel('Territoire', { exact: true }).selectOption('quartier_fragility:fragile');
  await page.getByRole('button', { name: 'Afficher' }).press('Enter');
  await expect(page).toHaveURL(/period=2025-S2&scope=quartier_fragility%3Afragile/);
  await expect(page.locator('h1')).toContainText('Quartiers fragiles');
  await expect(page.locator('#bands-caption')).toBeVisible();
  await expect(page.locator('#rules-caption')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Part de chaque tranche dans les attributions' })).toBeVisible();
  await expectAxeClean(page, javaScriptEnabled);
  const href = await page.getByRole('link', { name: 'Télécharger en JSON' }).getAttribute('href');
  const json = await (await page.request.get(href)).json();
  expect(json.scope).toBe('quartier_fragility:fragile');
  expect(json.suppressed).toBe(true);
  for (const [lang, dir] of [['fr', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']]) {
    await page.goto(`/${lang}/bilan?period=2025&scope=commune:59512`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expectAxeClean(page, javaScriptEnabled);
  }
  // Staff-only territories are not public.
  const res = await page.goto('/fr/bilan?scope=landlord:lmh');
  expect(res.status()).toBe(403);
});

test('a quartier page names the bands its objectives favour, never counts', async ({ page, javaScriptEnabled }) => {
  await page.goto('/fr/quartiers/59512-001');
  await expect(page.getByRole('heading', { name: 'Qui les attributions recherchent-elles ici ?' })).toBeVisible();
  await expect(page.locator('main')).toContainText('la CIET (2016–2022) demandait');
  await expect(page.locator('main')).toContainText('Ces objectifs ne sont plus en vigueur');
  await expect(page.locator('main')).not.toContainText('en vigueur depuis');
  await page.getByRole('link', { name: 'Voir le bilan des attributions' }).click();
  await expect(page).toHaveURL(/\/fr\/bilan$/);
  await expectAxeClean(page, javaScriptEnabled);
});
