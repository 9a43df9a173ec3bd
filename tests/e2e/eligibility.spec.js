// Journey 1 (Amina): the eligibility simulator, by form post without JS and live with JS.
const { test, expect } = require('@playwright/test');
const { expectAxeClean, waitForHydration } = require('./helpers');

async function fillAmina(page) {
  await page.getByLabel("Nombre d'adultes").fill('1');
  await page.getByLabel('Nombre de personnes à charge').fill('2');
  await page.getByLabel('Ressources mensuelles du foyer (en euros)').fill('1650');
  await page.getByLabel(/Je vais perdre mon logement/).check();
}

test('Amina learns her category, ceilings, band and possible priority', async ({ page, javaScriptEnabled }) => {
  await page.goto('/fr/eligibilite');
  if (javaScriptEnabled) await waitForHydration(page);
  await fillAmina(page);
  await page.getByRole('button', { name: 'Voir mon résultat' }).click();
  const result = page.locator('section.simulator-result');
  await expect(result).toContainText('Catégorie de ménage : 4');
  await expect(result).toContainText('ressources très modestes');
  await expect(result).toContainText('pourrait être un ménage prioritaire');
  await expect(result).toContainText('45 374 €');
  // Where the CIET's objectives favoured her band: history since 2022, said so, with its dates.
  await expect(result).toContainText('les objectifs de la CIET favorisaient votre tranche dans les quartiers : fragilité moyenne, non fragile');
  await expect(result).toContainText('en vigueur du 14/10/2016 au 13/10/2022');
  await expect(result).toContainText('Ils ne sont plus en vigueur');
  await expect(result).toContainText("accord collectif intercommunal (ACI) de la CIET 2016–2022");
  await expect(result).not.toContainText('en vigueur depuis');
  await expectAxeClean(page, javaScriptEnabled);
});

test('the last twelve months count when 10 % lower, and the RSA amount used is named', async ({ page, javaScriptEnabled }) => {
  await page.goto('/fr/eligibilite');
  if (javaScriptEnabled) await waitForHydration(page);
  await fillAmina(page);
  await page.getByLabel("Revenu fiscal de référence de l'année N-2 (facultatif)").fill('25000');
  await page.getByLabel('Ressources des douze derniers mois (facultatif)').fill('20000');
  await page.getByRole('button', { name: 'Voir mon résultat' }).click();
  const result = page.locator('section.simulator-result');
  await expect(result).toContainText('vos ressources des douze derniers mois, 20 000');
  // The amount in force today (the latest loaded, whenever the test runs), with its date and décret.
  await expect(result).toContainText('651,69 € par mois (à partir du 01/04/2026, Décret n° 2026-220 du 30 mars 2026');
  await expectAxeClean(page, javaScriptEnabled);
});

test('with JavaScript the result follows the typing, computed in the browser', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'live results need the hydrated island');
  await page.goto('/fr/eligibilite');
  await waitForHydration(page);
  const result = page.locator('section.simulator-result');
  await expect(result).toContainText('Indiquez au moins');
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST') posts += 1; });
  await fillAmina(page);
  // No submit: the island recomputed the result itself.
  await expect(result).toContainText('Catégorie de ménage : 4');
  await page.getByLabel('Ressources mensuelles du foyer (en euros)').fill('4000');
  await expect(result).toContainText('ressources intermédiaires');
  expect(posts).toBe(0);
  await expectAxeClean(page, javaScriptEnabled);
});

test('invalid input gets clear messages linked to the fields', async ({ page, javaScriptEnabled }) => {
  await page.goto('/en/eligibilite');
  if (javaScriptEnabled) await waitForHydration(page);
  await page.getByLabel('Number of adults').fill('two');
  await page.getByRole('button', { name: 'See my result' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter a whole number.');
  await expect(page.getByLabel('Number of adults')).toHaveAttribute('aria-invalid', 'true');
  if (!javaScriptEnabled) {
    await expect(summary).toContainText('This field is required.');
  }
  await expectAxeClean(page, javaScriptEnabled);
});

test('the form can be completed with the keyboard alone', async ({ page, javaScriptEnabled }) => {
  await page.goto('/fr/eligibilite');
  if (javaScriptEnabled) await waitForHydration(page);
  await page.getByLabel("Nombre d'adultes").focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('0');
  for (const id of ['disabled_persons', 'applicant_age', 'couple', 'age1', 'age2', 'monthly_resources']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${id}`)).toBeFocused();
  }
  await page.keyboard.type('1200');
  await page.locator('#monthly_resources').press('Enter');
  await expect(page.locator('section.simulator-result')).toContainText('Catégorie de ménage : 1');
});

test('Arabic: the simulator answers in Arabic, right to left', async ({ page, javaScriptEnabled }) => {
  await page.goto('/ar/eligibilite');
  if (javaScriptEnabled) await waitForHydration(page);
  await page.getByLabel('عدد البالغين').fill('2');
  await page.getByLabel('عدد الأشخاص المُعالين').fill('0');
  await page.getByLabel('الدخل الشهري للأسرة (باليورو)').fill('1800');
  await page.getByRole('button', { name: 'عرض نتيجتي' }).click();
  // Values are isolated right to left (FSI … PDI), so numbers keep their order.
  await expect(page.locator('section.simulator-result')).toContainText('فئة الأسرة: \u20682\u2069');
  await expectAxeClean(page, javaScriptEnabled);
});

// "1,650" means one thousand six hundred and fifty on an English page, never 1.65 €; on a French
// page it reads two ways and is refused with a message. The amount understood is shown back.
test('amounts are read as the page writes them', async ({ page, javaScriptEnabled }) => {
  const oneAdultEarning = async (lang, monthly) => {
    await page.goto(`/${lang}/eligibilite`);
    if (javaScriptEnabled) await waitForHydration(page);
    await page.locator('#adults').fill('1');
    await page.locator('#dependants').fill('0');
    await page.locator('#monthly_resources').fill(monthly);
    await page.locator('#monthly_resources').press('Enter');
  };
  await oneAdultEarning('en', '1,650');
  await expect(page.locator('section.simulator-result')).toContainText('Monthly resources understood: €1,650.00');
  await oneAdultEarning('fr', '1,650');
  await expect(page.locator('main')).toContainText('Ce montant peut se lire de deux façons');
  await expect(page.locator('section.simulator-result')).not.toContainText('Ressources mensuelles comprises');
  await expectAxeClean(page, javaScriptEnabled);
});
