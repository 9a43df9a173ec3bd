// Booking the two-month interview as Youssef and Marcel's niece would: by keyboard, on a phone,
// with and without JavaScript, in French and in Arabic; every step axe-clean.
const { test, expect } = require('@playwright/test');
const { expectAxeClean } = require('./helpers');

test.describe.configure({ timeout: 120_000 });

function daysAgo(n) {
  const d = new Date(Date.now() - n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A distinct demand number per run and project (one active booking per number). */
function demandNumber(project) {
  const seq = String(Date.now() % 1_000_000).padStart(6, '0');
  const d = new Date(Date.now() - 10 * 86_400_000);
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(d.getUTCFullYear()).slice(2);
  return `059${mm}${yy}${seq.slice(0, 5)}${project === 'js' ? '1' : '2'}GDPUB`;
}

test('book, move and cancel by keyboard', async ({ page, javaScriptEnabled }, info) => {
  const project = info.project.name;
  await page.goto('/fr/accueil?commune=59512');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByRole('link', { name: /Prendre rendez-vous ici — CCAS de Roubaix/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/rendez-vous\?site=\d+$/);
  await expectAxeClean(page, javaScriptEnabled);
  // Step 1: a mistake first.
  await page.getByLabel('Numéro de demande (numéro unique)').fill('12345');
  await page.getByLabel("Date d'enregistrement de la demande").fill(daysAgo(10));
  await page.getByRole('button', { name: 'Voir les créneaux libres' }).press('Enter');
  await expect(page.locator('.problems')).toContainText('Le numéro de demande compte 18 caractères');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByLabel('Numéro de demande (numéro unique)').fill(demandNumber(project));
  await page.getByRole('button', { name: 'Voir les créneaux libres' }).press('Enter');
  await expect(page.locator('h1')).toHaveText('Choisir un créneau');
  // The demonstration network says so above the steps; then the deadline.
  await expect(page.locator('.notice--demo')).toContainText('ces lieux et ces créneaux sont inventés');
  await expect(page.locator('.notice:not(.notice--demo)').first()).toContainText('Vous pouvez être reçu jusqu');
  await expectAxeClean(page, javaScriptEnabled);
  // Step 2: choose a slot with the keyboard (focus, then Space), fill in, consent. The two
  // projects run at once on one server: each takes its own slot.
  const pick = project === 'js' ? 0 : 3;
  const first = page.locator('input[name="slot"]').nth(pick);
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.getByLabel('Nom et prénom').fill('Marcel Dupuis');
  await page.getByLabel('Adresse électronique').fill(`niece-${project}@example.fr`);
  await page.getByLabel(/J'accepte que ces informations/).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Confirmer le rendez-vous' }).press('Enter');
  await expect(page).toHaveURL(/\/fr\/rendez-vous\/[A-Za-z0-9_-]{43}\?fait=reserve$/);
  await expect(page.getByRole('status')).toContainText('Votre rendez-vous est réservé');
  await expectAxeClean(page, javaScriptEnabled);
  const manage = page.url().replace(/\?.*$/, '');
  // Move to another slot.
  const other = page.locator('input[name="slot"]').nth(pick + 1);
  await other.focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Déplacer à ce créneau' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Votre rendez-vous est déplacé');
  // The owner's page in Arabic, right to left.
  await page.goto(manage.replace('/fr/', '/ar/'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAxeClean(page, javaScriptEnabled);
  // Cancel.
  await page.goto(manage);
  await page.getByRole('button', { name: 'Annuler le rendez-vous' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Votre rendez-vous est annulé');
  await expect(page.locator('main')).toContainText('Annulé');
});

test('booking pages are accessible in every language', async ({ page, javaScriptEnabled }) => {
  for (const [lang, dir] of [['fr', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']]) {
    await page.goto(`/${lang}/rendez-vous`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await page.locator('#motive-help').check();
    await page.locator('#commune').selectOption('59350');
    await page.locator('form.narrow-form button[type="submit"]').click();
    await expect(page.locator('input[name="slot"]').first()).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(1);
    await expectAxeClean(page, javaScriptEnabled);
  }
});

// Right to left, a phone number and an address keep their own order: someone dialling from the
// screen must not read "01 10 01 53 03". Read the order the browser draws the digits in.
test('in Arabic, phone numbers and addresses read left to right', async ({ page }) => {
  await page.goto('/ar/accueil');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const lefts = (loc) => loc.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const xs = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i += 1) {
        if (!/[0-9]/.test(node.data[i])) continue;
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        xs.push(r.getBoundingClientRect().left);
      }
    }
    return xs;
  });
  const phone = await lefts(page.locator('a[href^="tel:"]').first());
  expect(phone.length).toBe(10);
  expect(phone).toEqual([...phone].sort((a, b) => a - b));
  const address = await lefts(page.locator('.sitecard bdi').first());
  expect(address.length).toBeGreaterThan(4);
  expect(address).toEqual([...address].sort((a, b) => a - b));
});
