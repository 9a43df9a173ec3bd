// The staff area in a real browser, with and without JavaScript: the one-time link, sign-in by
// keyboard, the second factor, each page axe-clean in fr / en / ar.
const { test, expect } = require('@playwright/test');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { expectAxeClean } = require('./helpers');

const PASSWORD = 'Tuiles rouges sur la Grand-Place';

// Each test walks many pages, each checked by axe (twice as long without JavaScript).
test.describe.configure({ timeout: 120_000 });

/** The path of the one-time link `equilibre users add` printed for this account. */
function linkPath(role, project) {
  const out = fs.readFileSync(path.join(process.env.E2E_DB_DIR, `${role}-${project}.txt`), 'utf8');
  const link = out.split('\n').find((l) => l.includes('/staff/password/'));
  return new URL(link).pathname;
}

/** RFC 6238 code of a base32 secret (what an authenticator app shows). */
function totp(secret, ahead = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/\s/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30) + ahead));
  const h = crypto.createHmac('sha1', key).update(counter).digest();
  const o = h[19] & 0x0f;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** Sets the password through the link, by keyboard. */
async function activate(page, javaScriptEnabled, link) {
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('Choisir votre mot de passe');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByLabel('Mot de passe', { exact: true }).fill('123456789012');
  await page.getByLabel('Confirmez le mot de passe').fill('123456789012');
  await page.keyboard.press('Enter');
  await expect(page.locator('.problems')).toContainText('trop facile à deviner');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirmez le mot de passe').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/staff\/login\?done=password$/);
  await expect(page.getByRole('status')).toContainText('Votre mot de passe est enregistré');
}

async function signIn(page, email) {
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.keyboard.press('Enter');
}

async function checkEveryLanguage(page, javaScriptEnabled, pagePath) {
  for (const [lang, dir] of [['fr', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']]) {
    await page.goto(`/${lang}${pagePath}`);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectAxeClean(page, javaScriptEnabled);
  }
}

test('commune staff: link, sign-in, home and dashboard, sign-out', async ({ page, javaScriptEnabled }, info) => {
  // The longest journey (every staff page in three languages, each checked by axe): on two
  // busy cores its no-JavaScript run came within seconds of the file's two minutes, and once over.
  test.setTimeout(240_000);
  const project = info.project.name;
  await activate(page, javaScriptEnabled, linkPath('commune', project));
  await expectAxeClean(page, javaScriptEnabled);
  await signIn(page, 'e2e-commune-' + project + '@lille.fr');
  await expect(page).toHaveURL(/\/fr\/staff$/);
  await expect(page.locator('h1')).toHaveText('Espace professionnel');
  await checkEveryLanguage(page, javaScriptEnabled, '/staff');
  await checkEveryLanguage(page, javaScriptEnabled, '/staff/communes/59512');
  // The quota engine's staff views: its commune's bilan (print-ready), dashboard and register.
  for (const p of ['/staff/bilan', '/staff/dashboard?period=2025', '/staff/register', '/staff/register/new']) {
    await checkEveryLanguage(page, javaScriptEnabled, p);
  }
  await page.goto('/fr/staff/dashboard?period=2025');
  await page.getByRole('link', { name: 'Prioritaires ACI (1er accès)' }).first().click();
  await expect(page.locator('#communes th[aria-sort="ascending"]')).toContainText('Prioritaires ACI');
  await page.locator('#communes tbody a').first().click();
  await expect(page.locator('h1')).toHaveText('Bilan des attributions : Roubaix');
  // An attribution entered by keyboard: a mistake first (situations without the ACI box).
  await page.goto('/fr/staff/register/new');
  await page.getByLabel('Référence').fill(`E2E-${project}`);
  await page.getByLabel('Date de la décision (CAL)').fill('2026-11-02');
  await page.getByLabel('Bailleur').selectOption('vilogia');
  await page.getByLabel('Adultes').fill('1');
  await page.getByLabel('Ressources mensuelles déclarées (€)').fill('900');
  await page.getByLabel('Sans logement', { exact: true }).check();
  await page.getByRole('button', { name: "Enregistrer l'attribution" }).press('Enter');
  await expect(page.locator('.problems')).toContainText('ne sont possibles que pour un ménage prioritaire');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByLabel("Ménage prioritaire de l'ACI").check();
  await page.getByRole('button', { name: "Enregistrer l'attribution" }).press('Enter');
  await expect(page.getByRole('status')).toContainText(`Attribution E2E-${project} enregistrée.`);
  await expect(page.locator('table')).toContainText(`E2E-${project}`);
  // Another commune: refused, explained.
  const res = await page.goto('/fr/staff/communes/59350');
  expect(res.status()).toBe(403);
  await expect(page.locator('main')).toContainText("Votre compte n'a pas accès");
  await page.goto('/fr/staff');
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/staff\/login\?done=logout$/);
  await page.goto('/fr/staff');
  await expect(page).toHaveURL(/\/fr\/staff\/login$/);
});

test('admin: enrols a second factor, manages accounts, reads the audit trail', async ({ page, javaScriptEnabled }, info) => {
  const project = info.project.name;
  await activate(page, javaScriptEnabled, linkPath('admin', project));
  await signIn(page, `e2e-admin-${project}@lille.fr`);
  await expect(page).toHaveURL(/\/fr\/staff\/totp$/);
  await expectAxeClean(page, javaScriptEnabled);
  const secret = await page.locator('code.secret').innerText();
  await page.getByLabel('Code à 6 chiffres').fill(totp(secret));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/staff$/);
  // A new account: a mistake first, then the real thing.
  await page.goto('/fr/staff/users');
  await page.getByLabel('Nom').fill('Camille');
  await page.getByLabel('Adresse électronique').fill('pas-une-adresse');
  await page.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
  await expect(page.locator('.problems')).toContainText('Saisissez une adresse électronique valide');
  await expectAxeClean(page, javaScriptEnabled);
  await page.getByLabel('Adresse électronique').fill(`camille-${project}@lille.fr`);
  await page.getByLabel('Rôle').selectOption('commune');
  await page.getByLabel('Périmètre').fill('59350');
  await page.getByRole('button', { name: 'Créer le compte et envoyer le lien' }).click();
  await expect(page.getByRole('status')).toContainText('Le compte est créé');
  await expect(page.locator('table')).toContainText(`camille-${project}@lille.fr`);
  for (const p of ['/staff/users', '/staff/audit', '/staff/imports', '/staff/bilan?period=2025-S1&scope=quartier:59350-001']) {
    await checkEveryLanguage(page, javaScriptEnabled, p);
  }
  await page.goto('/fr/staff/audit?action=user_created');
  await expect(page.locator('table')).toContainText(`camille-${project}@lille.fr`);
});

test('reception agent: bookings, schedule, closure, booking at the desk, late list', async ({ page, javaScriptEnabled }, info) => {
  const project = info.project.name;
  await activate(page, javaScriptEnabled, linkPath('agent', project));
  await signIn(page, `e2e-agent-${project}@lille.fr`);
  await expect(page).toHaveURL(/\/fr\/staff$/);
  await page.getByRole('link', { name: 'Lieux et rendez-vous' }).first().click();
  await expectAxeClean(page, javaScriptEnabled);
  await page.locator('main h1 + ul a').first().click();
  await expect(page).toHaveURL(/\/fr\/staff\/sites\/1$/);
  for (const p of ['/staff/sites/1', '/staff/sites/1?view=week', '/staff/sites/1/schedule', '/staff/sites/1/book', '/staff/deadline']) {
    await checkEveryLanguage(page, javaScriptEnabled, p);
  }
  // A closure far ahead (no booking there), by keyboard.
  await page.goto('/fr/staff/sites/1/schedule');
  const year = new Date().getFullYear() + 2;
  const day = project === 'js' ? '03' : '10';
  await page.getByLabel('Du', { exact: true }).fill(`${year}-08-${day}`);
  await page.getByLabel('Au (inclus)').fill(`${year}-08-${day}`);
  await page.getByLabel('Motif').fill('Congés');
  await page.getByRole('button', { name: 'Ajouter la fermeture' }).press('Enter');
  await expect(page.getByRole('status').first()).toContainText('Horaires enregistrés');
  await expect(page.locator('table').last()).toContainText(`${year}-08-${day}`);
  // Another site: refused.
  const res = await page.goto('/fr/staff/sites/2');
  expect(res.status()).toBe(403);
});

test('the sign-in page is accessible in every language', async ({ page, javaScriptEnabled }) => {
  await checkEveryLanguage(page, javaScriptEnabled, '/staff/login');
  await page.goto('/fr/staff/login');
  await signIn(page, 'personne@lille.fr');
  await expect(page.locator('.problems')).toContainText('Adresse électronique ou mot de passe incorrect');
  await expectAxeClean(page, javaScriptEnabled);
});
